"""Images that ship inside a package: a file under `images/` (`images/journey-map.png`),
named in the package wherever the site stores an image id.

Dumping copies each image's file into the package and writes its path; loading checks
each path as Wagtail checks an upload and finds the image in the library by the hash of
its bytes (so loading a package twice adds nothing) or adds it to the root collection.

Where image ids sit in a StreamField value is read from the block definition, never
guessed from the value: a string that happens to start with `images/` in a text block
stays text.
"""

import hashlib
from collections.abc import Callable
from io import BytesIO
from pathlib import Path, PurePosixPath

import willow
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template.defaultfilters import filesizeformat
from django.utils.text import slugify
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageChooserBlock
from wagtail.images.fields import WagtailImageField
from wagtail.models import Collection

from cxacademy.packages.problems import Problems
from cxacademy.packages.streams import walk

IMAGES_DIR = "images"
_MAX_STEM = 80


def _walk(block, raw, visit: Callable):
    """A copy of `raw` with `visit` applied to every image reference in it."""
    return walk(block, raw, lambda b, v: visit(v) if isinstance(b, ImageChooserBlock) else v)


def _references(block, raw) -> list:
    found = []

    def collect(value):
        found.append(value)
        return value

    _walk(block, raw, collect)
    return found


# --- Dump: image ids to files -------------------------------------------------------


def _read(image) -> bytes:
    with image.open_file() as handle:
        return handle.read()


def _extension(image, content: bytes) -> str:
    suffix = PurePosixPath(image.file.name).suffix.lower()
    if suffix:
        return suffix
    return "." + willow.Image.open(BytesIO(content)).format_name


def _write_file(image, root: Path) -> str:
    """Copy the image's file into root/images and return its path in the package.

    The name is the slugified title and the file's extension; another image already
    written under that name (other bytes) makes it `-2`, `-3`…, so names depend only on
    the images and the order they are met in: dumping twice gives the same names.
    """
    content = _read(image)
    stem = slugify(image.title)[:_MAX_STEM].strip("-") or "image"
    extension = _extension(image, content)
    folder = Path(root) / IMAGES_DIR
    folder.mkdir(parents=True, exist_ok=True)
    number = 1
    while True:
        name = f"{stem}{extension}" if number == 1 else f"{stem}-{number}{extension}"
        target = folder / name
        if not target.exists():
            target.write_bytes(content)
            return f"{IMAGES_DIR}/{name}"
        if target.read_bytes() == content:
            return f"{IMAGES_DIR}/{name}"
        number += 1


def _file_or_problem(image, root: Path, problems: list[str]) -> str | None:
    try:
        return _write_file(image, root)
    except OSError as error:
        problems.append(
            f"Image {image.pk} ({image.title}): its file {image.file.name} cannot be read "
            f"({error.strerror or error}); its place is left empty."
        )
        return None


def images_to_files(block, raw, root: Path, problems: list[str]):
    """A copy of the raw value `raw` of `block` with each image id replaced by the path
    of the image's file, copied into root/images. An image that no longer exists (or
    whose file is gone) is a problem and leaves None in its place."""
    ids = {value for value in _references(block, raw) if value is not None}
    images = get_image_model().objects.in_bulk(
        [value for value in ids if isinstance(value, int) and not isinstance(value, bool)]
    )
    paths: dict = {}

    def to_file(value):
        if value is None:
            return None
        if value not in paths:
            image = images.get(value) if isinstance(value, int) else None
            if image is None:
                problems.append(f"Image {value!r} no longer exists; its place is left empty.")
                paths[value] = None
            else:
                paths[value] = _file_or_problem(image, root, problems)
        return paths[value]

    return _walk(block, raw, to_file)


def image_file_for_field(image, root: Path, problems: list[str] | None = None) -> str | None:
    """The package path for an image held by a plain ForeignKey (a course's cover), its
    file copied into root/images; None for no image. A file that cannot be read is a
    problem when `problems` is given, else the error is raised."""
    if image is None:
        return None
    if problems is None:
        return _write_file(image, root)
    return _file_or_problem(image, root, problems)


# --- Load: files to image ids -------------------------------------------------------


def _title(path: Path) -> str:
    words = path.stem.replace("-", " ").replace("_", " ").strip() or "Image"
    return words[0].upper() + words[1:]


class _Library:
    """Checks package paths and finds or adds their images, each path once per call."""

    def __init__(self, root: Path, problems: Problems, file: str, *, write: bool):
        self.root = Path(root)
        self.problems = problems
        self.file = file
        self.write = write
        self.images: dict[str, object] = {}

    def problem(self, message: str) -> None:
        self.problems.add(self.file, None, message)

    def id_for(self, value) -> int | None:
        image = self.image_for(value)
        return image.pk if image is not None else None

    def image_for(self, value):
        if value is None:
            return None
        if not isinstance(value, str):
            self.problem(
                f"{value!r} is not an image path; name a file of the package's images "
                f'folder, e.g. "{IMAGES_DIR}/journey-map.png".'
            )
            return None
        if value not in self.images:
            self.images[value] = self._load(value)
        return self.images[value]

    def _file(self, value: str) -> Path | None:
        """The file a path names, if it is a file inside root/images."""
        parts = PurePosixPath(value).parts
        if (
            "\\" in value
            or value.startswith("/")
            or len(parts) < 2
            or parts[0] != IMAGES_DIR
            or any(part in ("..", ".") for part in parts)
        ):
            self.problem(
                f'"{value}": an image must be a file in the package\'s {IMAGES_DIR}/ folder, '
                f'written as "{IMAGES_DIR}/<file name>" (no "..", no absolute path).'
            )
            return None
        folder = (self.root / IMAGES_DIR).resolve()
        path = (self.root / value).resolve()
        if not path.is_relative_to(folder):
            # A link inside images/ that points elsewhere.
            self.problem(f'"{value}": the file lies outside the package\'s {IMAGES_DIR}/ folder.')
            return None
        if not path.is_file():
            self.problem(f'"{value}": no such file in the package.')
            return None
        return path

    def _content(self, value: str, path: Path) -> bytes | None:
        """The file's bytes, if Wagtail would accept them as an uploaded image."""
        limit = getattr(settings, "WAGTAILIMAGES_MAX_UPLOAD_SIZE", 10 * 1024 * 1024)
        size = path.stat().st_size
        if limit is not None and size > limit:
            # Said before reading it: a huge file is not read into memory.
            self.problem(
                f'"{value}": the file is too big ({filesizeformat(size)}); '
                f"images may be at most {filesizeformat(limit)}."
            )
            return None
        content = path.read_bytes()
        try:
            WagtailImageField().clean(SimpleUploadedFile(path.name, content))
        except ValidationError as error:
            self.problem(f'"{value}": not an image the site accepts: {" ".join(error.messages)}')
            return None
        return content

    def _load(self, value: str):
        path = self._file(value)
        content = self._content(value, path) if path else None
        if content is None:
            return None
        # Wagtail's file_hash is the SHA-1 of the bytes (wagtail.utils.file.hash_filelike).
        file_hash = hashlib.sha1(content).hexdigest()  # noqa: S324 - identity, not security
        Image = get_image_model()
        found = Image.objects.filter(file_hash=file_hash).order_by("pk").first()
        if found is not None:
            return found
        if not self.write:
            return None
        image = Image(
            title=_title(path),
            collection=Collection.get_first_root_node(),
            file=ContentFile(content, name=path.name),
            file_size=len(content),
            file_hash=file_hash,
        )
        image.save()
        return image


def files_to_images(block, raw, root: Path, problems: Problems, file: str, *, write: bool):
    """A copy of the raw value `raw` of `block` (as read from package file `file`) with
    each image path replaced by the id of that image in the library.

    Every path is checked first: a file in root/images that Wagtail accepts as an image
    upload (format, extension, size, pixels); anything else is a problem. With `write`
    an image not yet in the library (by the hash of its bytes) is added; without it
    nothing is written and such an image's id is None.
    """
    library = _Library(root, problems, file, write=write)
    return _walk(block, raw, library.id_for)


def image_for_field(path: str | None, root: Path, problems: Problems, file: str, *, write: bool):
    """The image for a plain ForeignKey (a course's cover) from its package path, an
    Image to assign to the field; None for no path, a problem, or (without `write`) an
    image not yet in the library."""
    return _Library(root, problems, file, write=write).image_for(path)
