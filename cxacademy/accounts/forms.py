from django import forms
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from cxacademy.accounts import services


class SignupForm(forms.Form):
    """Extra sign-up fields; allauth supplies email and password."""

    full_name = forms.CharField(
        label=_("Full name"),
        max_length=200,
        help_text=_("As it should appear on your certificates."),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )

    field_order = ["full_name", "email", "password1", "password2"]

    def clean_full_name(self):
        name = " ".join(self.cleaned_data["full_name"].split())
        if not name:
            raise forms.ValidationError(_("Please enter your name."))
        return name

    def signup(self, request, user):
        user.full_name = self.cleaned_data["full_name"]
        user.save(update_fields=["full_name"])
        services.profile_set_language(user=user, language=get_language() or "id")
