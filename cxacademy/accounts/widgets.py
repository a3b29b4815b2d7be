"""The people chooser of the course assignment form (its template, script and
search view are HR's): a search box that asks the server
(`hr_people_search`, HR only) and a list of the people chosen, as checkboxes the
form posts. Keyboard and screen reader friendly: results are buttons in a list,
their count is announced, and a chosen person is removed by unticking."""

from django import forms
from django.urls import reverse

from cxacademy.accounts.departments import paths as department_paths
from cxacademy.accounts.models import Department, User


class PeopleChooser(forms.Widget):
    template_name = "hr/widgets/people_chooser.html"
    allow_multiple_selected = True

    class Media:
        js = ["hr/people-chooser.js"]
        css = {"all": ["hr/hr.css"]}

    def value_from_datadict(self, data, files, name):
        return data.getlist(name) if hasattr(data, "getlist") else data.get(name)

    def value_omitted_from_data(self, data, files, name):
        return False  # nobody ticked: the list is empty, not missing

    def format_value(self, value):
        if value is None:
            return []
        values = value if isinstance(value, list | tuple) else [value]
        return [str(v) for v in values if str(v).isdigit()]

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        ids = context["widget"]["value"]
        people = list(
            User.objects.filter(pk__in=ids).select_related("profile").order_by("full_name")
        )
        paths = department_paths(Department.objects.only("name", "parent_id")) if people else {}
        context["chosen"] = [
            {
                "id": person.pk,
                "name": person.display_name,
                "email": person.email,
                "department": paths.get(
                    getattr(getattr(person, "profile", None), "department_id", None), ""
                ),
            }
            for person in people
        ]
        context["search_url"] = reverse("hr_people_search")
        return context
