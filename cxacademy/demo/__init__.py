"""The demo: the shipped course packages loaded, departments, one account per role,
HR assignments and learners at every stage (`manage.py seed_demo`)."""
