"""Walking a StreamField's raw value by its block definition, never by guessing from the
value: the one walker that the page files (sanitising, block ids) and the images of a
package (image ids ↔ files) both use."""

from wagtail import blocks
from wagtail.images.blocks import ImageBlock as WagtailImageBlock


def is_list_item(item) -> bool:
    """Wagtail's list item form ({"type": "item", "value": …, "id": …}), also with the id
    taken out as packages write it."""
    return (
        isinstance(item, dict)
        and item.get("type") == "item"
        and "value" in item
        and ("id" in item or set(item) <= {"type", "value"})
    )


def walk(block, raw, leaf):
    """A copy of `raw` (a block's prep value) with `leaf(block, value)` applied to every
    block that has no children. Stream children and list items keep their shape; what
    the blocks do not know is kept as it is."""
    if isinstance(block, WagtailImageBlock) and not isinstance(raw, dict):
        # An ImageBlock still holding what an ImageChooserBlock stored (a bare id).
        return leaf(block.child_blocks["image"], raw)
    if isinstance(block, blocks.StreamBlock):
        if not isinstance(raw, list):
            return raw
        walked = []
        for child in raw:
            child_block = (
                block.child_blocks.get(child.get("type")) if isinstance(child, dict) else None
            )
            if child_block is None or "value" not in child:
                walked.append(child)
            else:
                walked.append({**child, "value": walk(child_block, child["value"], leaf)})
        return walked
    if isinstance(block, blocks.ListBlock):
        if not isinstance(raw, list):
            return raw
        return [
            {**item, "value": walk(block.child_block, item["value"], leaf)}
            if is_list_item(item)
            else walk(block.child_block, item, leaf)
            for item in raw
        ]
    if isinstance(block, blocks.StructBlock):
        if not isinstance(raw, dict):
            return raw
        return {
            name: walk(block.child_blocks[name], value, leaf)
            if name in block.child_blocks
            else value
            for name, value in raw.items()
        }
    return leaf(block, raw)


def without_ids(block, raw):
    """A stream's raw value as a package writes it: no block ids, list items as plain
    lists."""
    if isinstance(block, blocks.StreamBlock):
        return [
            {
                "type": child["type"],
                "value": without_ids(block.child_blocks[child["type"]], child["value"]),
            }
            if child.get("type") in block.child_blocks
            else {k: v for k, v in child.items() if k != "id"}
            for child in raw or []
        ]
    if isinstance(block, blocks.ListBlock):
        return [
            without_ids(block.child_block, item["value"] if is_list_item(item) else item)
            for item in raw or []
        ]
    if isinstance(block, blocks.StructBlock) and isinstance(raw, dict):
        return {
            name: without_ids(block.child_blocks[name], value)
            if name in block.child_blocks
            else value
            for name, value in raw.items()
        }
    return raw
