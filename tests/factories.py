"""Factories for people and organisation, shared by every test package."""

import factory
from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group

from cxacademy.accounts import roles
from cxacademy.accounts.models import Department, LearnerProfile, User

PASSWORD = "a-Strong-passw0rd"


class DepartmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Department

    name = factory.Sequence(lambda n: f"Department {n}")


class UserFactory(factory.django.DjangoModelFactory):
    """A person who can sign in with `PASSWORD`, email already verified."""

    class Meta:
        model = User
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.Sequence(lambda n: f"user{n}@example.test")
    full_name = factory.Faker("name", locale="id_ID")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def verified_email(self, create, extracted, **kwargs):
        if create:
            EmailAddress.objects.create(user=self, email=self.email, verified=True, primary=True)
            self.save()

    @factory.post_generation
    def role(self, create, extracted, **kwargs):
        if create and extracted:
            self.groups.add(Group.objects.get(name=extracted))


class LearnerProfileFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = LearnerProfile

    user = factory.SubFactory(UserFactory)
    department = factory.SubFactory(DepartmentFactory)
    job_title = "Customer Service Agent"


def learner(**kwargs) -> User:
    return UserFactory(role=roles.LEARNER, **kwargs)


def trainer(**kwargs) -> User:
    return UserFactory(role=roles.TRAINER, **kwargs)


def hr(**kwargs) -> User:
    return UserFactory(role=roles.HR, **kwargs)
