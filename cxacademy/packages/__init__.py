"""Course packages: courses written as files (TOML for pages and settings, GIFT for
questions), loaded into the site by `manage.py load_content` and written out by
`manage.py dump_content`. The format is documented in docs/course-packages.md.

- `toml_writer`: the one canonical way a package file is written;
- `bilingual`: texts written once per language, side by side (`{id = …, en = …}`);
- `problems`: what is wrong with a package, by file and line;
- `pages`: courses, modules, lessons, quizzes and simulations as page files;
- `questions`: the question bank as GIFT files, through the quiz importer;
- `loader` / `dumper`: the two directions.
"""
