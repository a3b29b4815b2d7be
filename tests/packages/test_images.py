"""Images shipped inside a course package: dumped as files under images/, loaded back
into the image library once, and refused with a clear reason when the file is wrong."""

import copy
from io import BytesIO

import pytest
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail import blocks
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageBlock, ImageChooserBlock
from wagtail.models import Collection

from courses.blocks import LessonStreamBlock
from cxacademy.packages.images import (
    files_to_images,
    image_file_for_field,
    image_for_field,
    images_to_files,
)
from cxacademy.packages.problems import Problems

Image = get_image_model()
LESSON = LessonStreamBlock()


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.MEDIA_ROOT.mkdir()
    return settings.MEDIA_ROOT


@pytest.fixture
def package(tmp_path):
    root = tmp_path / "package"
    root.mkdir()
    return root


def png(colour=(200, 30, 30), size=(3, 2)) -> bytes:
    buffer = BytesIO()
    PILImage.new("RGB", size, colour).save(buffer, format="PNG")
    return buffer.getvalue()


def library_image(title, content, name="upload.png"):
    return Image.objects.create(title=title, file=ImageFile(BytesIO(content), name=name))


def stored_bytes(image) -> bytes:
    with image.open_file() as handle:
        return handle.read()


def body(image_value):
    return [
        {"type": "rich_text", "value": "<p>Look at the map.</p>"},
        {
            "type": "image",
            "value": {"image": image_value, "alt_text": "A journey map", "caption": ""},
        },
    ]


def messages(problems: Problems) -> list[str]:
    return [str(problem) for problem in problems.items]


# --- The round trip -------------------------------------------------------------------


@pytest.mark.django_db
def test_a_lesson_image_goes_into_the_package_and_comes_back_into_a_fresh_library(package):
    content = png()
    image = library_image("Journey map", content)
    raw = body(image.pk)
    before = copy.deepcopy(raw)
    dump_problems = []

    dumped = images_to_files(LESSON, raw, package, dump_problems)

    assert dump_problems == []
    assert raw == before  # the caller's value is left as it was
    assert dumped == body("images/journey-map.png")
    assert (package / "images" / "journey-map.png").read_bytes() == content

    Image.objects.all().delete()  # as on a fresh site
    problems = Problems()
    loaded = files_to_images(LESSON, dumped, package, problems, "lessons/map.toml", write=True)

    assert not problems
    created = Image.objects.get()
    assert loaded == body(created.pk)
    assert stored_bytes(created) == content
    assert created.title == "Journey map"
    assert created.collection == Collection.get_first_root_node()
    assert (created.width, created.height) == (3, 2)

    again = files_to_images(LESSON, dumped, package, Problems(), "lessons/map.toml", write=True)
    assert again == loaded
    assert Image.objects.count() == 1


@pytest.mark.django_db
def test_loading_finds_an_image_already_in_the_library_by_its_bytes(package):
    content = png()
    kept = library_image("Peta perjalanan", content)
    kept._set_image_file_metadata()
    kept.save()
    (package / "images").mkdir()
    (package / "images" / "journey-map.png").write_bytes(content)

    loaded = files_to_images(
        LESSON, body("images/journey-map.png"), package, Problems(), "l.toml", write=True
    )

    assert loaded == body(kept.pk)
    assert Image.objects.count() == 1
    kept.refresh_from_db()
    assert kept.title == "Peta perjalanan"  # a trainer's title is not overwritten


@pytest.mark.django_db
def test_dumping_twice_gives_the_same_names_and_two_images_never_share_one(package):
    first = library_image("Journey map", png((255, 0, 0)))
    second = library_image("Journey map", png((0, 0, 255)))
    raw = body(first.pk) + body(second.pk)

    dumped = images_to_files(LESSON, raw, package, [])
    again = images_to_files(LESSON, raw, package, [])

    assert dumped == again
    assert dumped[1]["value"]["image"] == "images/journey-map.png"
    assert dumped[3]["value"]["image"] == "images/journey-map-2.png"
    assert sorted(p.name for p in (package / "images").iterdir()) == [
        "journey-map-2.png",
        "journey-map.png",
    ]


@pytest.mark.django_db
def test_an_image_deleted_from_the_library_is_reported_and_left_empty(package):
    problems = []

    dumped = images_to_files(LESSON, body(987654), package, problems)

    assert dumped == body(None)
    assert problems == ["Image 987654 no longer exists; its place is left empty."]


# --- Blocks are read from their definition ---------------------------------------------


class Figure(blocks.StructBlock):
    picture = ImageChooserBlock()
    note = blocks.CharBlock()


class Gallery(blocks.StreamBlock):
    figure = Figure()
    pictures = blocks.ListBlock(ImageChooserBlock())
    described = ImageBlock()
    figures = blocks.ListBlock(Figure())
    nested = blocks.StreamBlock([("picture", ImageChooserBlock())])
    note = blocks.CharBlock()


@pytest.mark.django_db
def test_images_are_found_wherever_the_blocks_hold_them_and_nowhere_else(package):
    image = library_image("Kasir", png())
    raw = [
        {"type": "figure", "value": {"picture": image.pk, "note": "images/not-a-path.png"}},
        {"type": "pictures", "value": [image.pk, None]},
        {"type": "pictures", "value": [{"type": "item", "value": image.pk, "id": "a1"}]},
        {"type": "pictures", "value": [{"type": "item", "value": image.pk}]},
        {"type": "described", "value": {"image": image.pk, "alt_text": "", "decorative": True}},
        {"type": "described", "value": image.pk},
        {"type": "figures", "value": [{"type": "item", "value": {"picture": image.pk}}]},
        {"type": "nested", "value": [{"type": "picture", "value": image.pk}]},
        {"type": "note", "value": "images/kasir.png"},
    ]
    path = "images/kasir.png"
    expected = [
        {"type": "figure", "value": {"picture": path, "note": "images/not-a-path.png"}},
        {"type": "pictures", "value": [path, None]},
        {"type": "pictures", "value": [{"type": "item", "value": path, "id": "a1"}]},
        {"type": "pictures", "value": [{"type": "item", "value": path}]},
        {"type": "described", "value": {"image": path, "alt_text": "", "decorative": True}},
        {"type": "described", "value": path},
        {"type": "figures", "value": [{"type": "item", "value": {"picture": path}}]},
        {"type": "nested", "value": [{"type": "picture", "value": path}]},
        {"type": "note", "value": "images/kasir.png"},
    ]

    dumped = images_to_files(Gallery(), raw, package, [])
    assert dumped == expected

    problems = Problems()
    loaded = files_to_images(Gallery(), dumped, package, problems, "g.toml", write=True)
    assert not problems
    new = Image.objects.exclude(pk=image.pk).get()  # the library image had no hash yet
    assert loaded == [
        {**item, "value": value}
        for item, value in zip(
            raw,
            [
                {"picture": new.pk, "note": "images/not-a-path.png"},
                [new.pk, None],
                [{"type": "item", "value": new.pk, "id": "a1"}],
                [{"type": "item", "value": new.pk}],
                {"image": new.pk, "alt_text": "", "decorative": True},
                new.pk,
                [{"type": "item", "value": {"picture": new.pk}}],
                [{"type": "picture", "value": new.pk}],
                "images/kasir.png",
            ],
            strict=True,
        )
    ]


# --- Refused files ----------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("images/../secret.png", 'no ".."'),
        ("/srv/secret.png", "no absolute path"),
        ("journey-map.png", "must be a file in the package's images/ folder"),
        ("images/missing.png", "no such file in the package"),
        ("images/notes.png", "not an image the site accepts"),
        ("images/photo.jpg", "does not match the file format"),
        (42, "is not an image path"),
    ],
)
def test_a_bad_image_path_is_refused_with_its_reason_and_nothing_is_created(
    package, media_root, path, reason
):
    (package / "images").mkdir()
    (package / "secret.png").write_bytes(png())
    (package / "images" / "notes.png").write_text("Remember to add the map.", encoding="utf-8")
    (package / "images" / "photo.jpg").write_bytes(png())
    problems = Problems()

    loaded = files_to_images(LESSON, body(path), package, problems, "lessons/map.toml", write=True)

    assert loaded == body(None)
    [message] = messages(problems)
    assert message.startswith("lessons/map.toml: ")
    assert reason in message
    if isinstance(path, str):
        assert path in message
    assert Image.objects.count() == 0
    assert list(media_root.rglob("*.*")) == []


@pytest.mark.django_db
def test_a_link_out_of_the_images_folder_is_refused(package, tmp_path):
    (package / "images").mkdir()
    outside = tmp_path / "elsewhere.png"
    outside.write_bytes(png())
    (package / "images" / "sneaky.png").symlink_to(outside)
    problems = Problems()

    files_to_images(LESSON, body("images/sneaky.png"), package, problems, "l.toml", write=True)

    assert "outside the package's images/ folder" in messages(problems)[0]
    assert Image.objects.count() == 0


@pytest.mark.django_db
def test_an_image_bigger_than_wagtail_accepts_is_refused(package, settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 20
    (package / "images").mkdir()
    (package / "images" / "big.png").write_bytes(png())
    problems = Problems()

    files_to_images(LESSON, body("images/big.png"), package, problems, "l.toml", write=True)

    assert "the file is too big" in messages(problems)[0]
    assert Image.objects.count() == 0


@pytest.mark.django_db
def test_a_path_used_twice_is_reported_once(package):
    problems = Problems()

    files_to_images(
        LESSON,
        body("images/gone.png") + body("images/gone.png"),
        package,
        problems,
        "l.toml",
        write=True,
    )

    assert len(problems.items) == 1


# --- Checking without writing -------------------------------------------------------------


@pytest.mark.django_db
def test_checking_a_package_creates_nothing(package, media_root):
    (package / "images").mkdir()
    (package / "images" / "journey-map.png").write_bytes(png())
    problems = Problems()

    loaded = files_to_images(
        LESSON, body("images/journey-map.png"), package, problems, "l.toml", write=False
    )

    assert not problems
    assert loaded == body(None)
    assert Image.objects.count() == 0
    assert list(media_root.rglob("*.*")) == []


# --- A plain image field (the course cover) ------------------------------------------------


@pytest.mark.django_db
def test_a_cover_image_goes_out_and_comes_back(package):
    content = png((10, 120, 60))
    cover = library_image("Sampul kursus", content, name="cover.jpg.png")

    path = image_file_for_field(cover, package)

    assert path == "images/sampul-kursus.png"
    assert image_file_for_field(None, package) is None
    Image.objects.all().delete()
    problems = Problems()
    checked = image_for_field(path, package, problems, "course.toml", write=False)
    assert checked is None and not problems and Image.objects.count() == 0

    loaded = image_for_field(path, package, problems, "course.toml", write=True)

    assert not problems
    assert loaded == Image.objects.get()
    assert stored_bytes(loaded) == content
    assert image_for_field(path, package, problems, "course.toml", write=True) == loaded
    assert image_for_field(None, package, problems, "course.toml", write=True) is None
    assert Image.objects.count() == 1


@pytest.mark.django_db
def test_a_cover_whose_file_is_gone_is_reported(package, media_root):
    cover = library_image("Sampul", png())
    (media_root / cover.file.name).unlink()
    problems = []

    assert image_file_for_field(cover, package, problems) is None
    assert "cannot be read" in problems[0]
