from django import forms
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from cxacademy import fonts, names
from cxacademy.accounts import services


class PersonNameField(forms.CharField):
    """A person's name as certificates print it: NFC, single spaces, and refused (with
    a message naming the character) when it holds a direction control, a control or an
    invisible character. The rule is `cxacademy.names.person_name_clean`."""

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 200)
        kwargs.setdefault("widget", forms.TextInput(attrs={"autocomplete": "name"}))
        super().__init__(**kwargs)

    def to_python(self, value):
        return names.person_name_clean(super().to_python(value))


class NameCoverageMixin:
    """Warn once when certificates cannot print part of the name (it would show as
    empty boxes), and let the person correct it.

    The first submission comes back with the warning on the name field; submitting the
    same name again keeps it, so someone whose name really is written that way is not
    stuck. The name that was warned about travels in a hidden field.
    """

    name_field = "full_name"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[self.confirm_field] = forms.CharField(required=False, widget=forms.HiddenInput)

    @property
    def confirm_field(self) -> str:
        return f"{self.name_field}_confirmed"

    def clean(self):
        cleaned_data = super().clean()
        name = cleaned_data.get(self.name_field)
        warning = fonts.uncovered_warning(name) if name else ""
        if warning and cleaned_data.get(self.confirm_field) != name:
            self.add_error(
                self.name_field,
                forms.ValidationError(
                    "%(warning)s %(how)s",
                    code="name_uncovered",
                    params={
                        "warning": warning,
                        "how": _("To keep the name exactly as written, submit it again."),
                    },
                ),
            )
            # Bound fields render from the submitted data: put the warned-about name
            # in the hidden field so that the next submission confirms it.
            self.data = self.data.copy()
            self.data[self.add_prefix(self.confirm_field)] = name
        return cleaned_data


class SignupForm(NameCoverageMixin, forms.Form):
    """Extra sign-up fields; allauth supplies email and password."""

    full_name = PersonNameField(
        label=_("Full name"),
        help_text=_("As it should appear on your certificates."),
    )

    field_order = ["full_name", "email", "password1", "password2"]

    def clean_full_name(self):
        name = self.cleaned_data["full_name"]
        if not name:
            raise forms.ValidationError(_("Please enter your name."))
        return name

    def signup(self, request, user):
        user.full_name = self.cleaned_data["full_name"]
        user.save(update_fields=["full_name"])
        services.profile_set_language(user=user, language=get_language() or "id")
