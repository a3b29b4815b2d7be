"""Who may use Wagtail's user and group screens: superusers, and nobody else.

Those screens can tick "Administrator", set anyone's password (a superuser's
included) and put people in any group, so a model permission such as
`accounts.change_user` is far too coarse a key for them. HR's people work lives
on the project's own screens behind `accounts.manage_people`.
"""

from django.contrib.auth import get_user_model
from wagtail.permission_policies.base import BasePermissionPolicy


class SuperuserOnlyPermissionPolicy(BasePermissionPolicy):
    """Every action on the model is for active superusers only, whatever
    permissions a group hands out."""

    def user_has_permission(self, user, action):
        return bool(user.is_authenticated and user.is_active and user.is_superuser)

    def user_has_any_permission(self, user, actions):
        return self.user_has_permission(user, None)

    def users_with_any_permission(self, actions):
        return get_user_model().objects.filter(is_active=True, is_superuser=True)

    def users_with_permission(self, action):
        return self.users_with_any_permission([action])
