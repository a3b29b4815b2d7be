"""Snippet choosers that only people who may see the model can open.

Wagtail lets anyone with admin access open every snippet chooser, so that forms
can link snippets. Our snippets are private to a role (learner profiles to HR,
the question bank and certificate templates to trainers), and no form of another
role links them, so their choosers ask for the same rights as their listings.
"""

from django.core.exceptions import PermissionDenied
from wagtail.snippets.views import chooser

_ANY = ("add", "change", "delete", "view")


class _PermissionChecked:
    def dispatch(self, request, *args, **kwargs):
        if not self.permission_policy.user_has_any_permission(request.user, _ANY):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @property
    def permission_policy(self):
        from wagtail.permissions import policy_registry

        return policy_registry.get_by_type(self.model_class)


class ChooseView(_PermissionChecked, chooser.ChooseView):
    pass


class ChooseResultsView(_PermissionChecked, chooser.ChooseResultsView):
    pass


class ChosenView(_PermissionChecked, chooser.SnippetChosenView):
    pass


class ChosenMultipleView(_PermissionChecked, chooser.SnippetChosenMultipleView):
    pass


class PrivateSnippetChooserViewSet(chooser.SnippetChooserViewSet):
    choose_view_class = ChooseView
    choose_results_view_class = ChooseResultsView
    chosen_view_class = ChosenView
    chosen_multiple_view_class = ChosenMultipleView
