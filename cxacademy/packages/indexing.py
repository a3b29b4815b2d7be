"""Many pages written at once (a package loaded, the demo seeded) are indexed once at
the end: Wagtail's search and reference indexes otherwise update on every save, which
is most of the time a load takes."""

import contextlib

from django.db.models.signals import post_save
from modelcluster.fields import ParentalKey


def _indexed_object(instance):
    """The object whose references Wagtail indexes for `instance`: its cluster parent for
    a child row (a quiz's question, say), else itself (as `update_reference_index_task`)."""
    while instance is not None:
        parental = next(
            (f for f in instance._meta.get_fields() if isinstance(f, ParentalKey)), None
        )
        if parental is None:
            return instance
        instance = getattr(instance, parental.name)
    return None


@contextlib.contextmanager
def indexed_once():
    """Wagtail brings two indexes up to date on every save: the reference index and the
    search index. A page created and published is saved three times, and each question
    of a new quiz is a child row that re-indexes the whole quiz. While many objects are written,
    remember what was saved instead, and index each object once at the end: the same
    indexes, in a fraction of the time. Nested uses index once, at the outer end."""
    if _active:
        yield
        return
    _active.append(True)
    try:
        with _indexing_once():
            yield
    finally:
        _active.pop()


_active: list[bool] = []


@contextlib.contextmanager
def _indexing_once():
    from modelsearch import index as search_index
    from modelsearch.signal_handlers import post_save_signal_handler as search_on_save
    from wagtail.models import ReferenceIndex
    from wagtail.signal_handlers import disable_reference_index_auto_update

    for_references: dict[tuple[type, object], None] = {}
    for_search: dict[tuple[type, object], None] = {}

    def remember_references(sender, instance, raw=False, **kwargs):
        indexed = None if raw else _indexed_object(instance)
        if indexed is not None and indexed.pk is not None:
            for_references[(indexed._meta.model, indexed.pk)] = None

    def remember_search(sender, instance, raw=False, **kwargs):
        if not raw:
            for_search[(instance._meta.model, instance.pk)] = None

    referenced = list(ReferenceIndex.tracked_models)
    searched = [
        model
        for model in search_index.get_indexed_models()
        if getattr(model, "search_auto_update", True)
    ]
    uid = "cxa-demo-index-once"
    for model in referenced:
        post_save.connect(remember_references, sender=model, weak=False, dispatch_uid=uid)
    for model in searched:
        post_save.disconnect(search_on_save, sender=model)
        post_save.connect(remember_search, sender=model, weak=False, dispatch_uid=f"{uid}-search")
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        for model in referenced:
            post_save.disconnect(sender=model, dispatch_uid=uid)
        for model in searched:
            post_save.disconnect(sender=model, dispatch_uid=f"{uid}-search")
            post_save.connect(search_on_save, sender=model)
    for model, pk in for_references:
        instance = model.objects.filter(pk=pk).first()
        if instance is not None and ReferenceIndex.is_indexed(model):
            ReferenceIndex.create_or_update_for_object(instance)
    for model, pk in for_search:
        instance = model.objects.filter(pk=pk).first()
        if instance is not None:
            search_index.insert_or_update_object(instance)
