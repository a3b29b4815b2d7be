from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminPageForm


class ScenarioPageForm(WagtailAdminPageForm):
    """Drafts may be unfinished; publishing needs a scenario that passes every check."""

    def clean(self):
        from simulations import engine

        cleaned = super().clean()
        if "action-publish" not in self.data:
            return cleaned
        streams = {name: cleaned.get(name) for name in ("competencies", "kpis", "steps")}
        if any(value is None for value in streams.values()):
            return cleaned  # a field error is already shown
        problems = engine.validate_stream(
            competencies=streams["competencies"].raw_data,
            kpis=streams["kpis"].raw_data,
            steps=streams["steps"].raw_data,
            budget=cleaned.get("budget"),
        )
        for problem in problems:
            where = f"{problem.step}: " if problem.step else ""
            self.add_error(
                None, _("Cannot publish: %(problem)s") % {"problem": where + _(problem.message)}
            )
        return cleaned
