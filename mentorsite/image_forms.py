"""The admin's image form: Wagtail's, with a file field that refuses a picture it cannot read in full.

Wagtail checks an upload's type from its first bytes and then asks Pillow for its size, catching only
Pillow's decompression-bomb errors: a truncated GIF raised UnidentifiedImageError there, a server error
(security review, issue 12). A truncated PNG or JPEG passed every check and failed later, when its first
thumbnail was made. So the field here decodes every frame of the picture, after Wagtail's own checks (so
never more pixels than WAGTAILIMAGES_MAX_IMAGE_PIXELS), and refuses what Pillow cannot decode with
Wagtail's own "not a valid image" message. Set as WAGTAILIMAGES_IMAGE_FORM_BASE; every image upload of the
admin (the upload page, the multiple upload, the chooser's upload, replacing a file) uses it.
"""

from django.core.exceptions import ValidationError
from PIL import Image as PillowImage
from PIL import ImageSequence
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm


class WholeImageField(WagtailImageField):
    def check_image_pixel_size(self, f):
        try:
            super().check_image_pixel_size(f)
            f.image.f.seek(0)
            with PillowImage.open(f.image.f) as picture:
                for frame in ImageSequence.Iterator(picture):
                    frame.load()
        except ValidationError:
            raise
        except Exception as error:  # noqa: BLE001 - Pillow raises OSError, SyntaxError, ValueError, EOFError...
            raise ValidationError(self.error_messages["invalid_image"], code="invalid_image") from error
        finally:
            f.image.f.seek(0)


class ImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Wagtail makes the file field itself (wagtail.images.forms.formfield_for_dbfield), so it is swapped
        # here rather than declared: a declared field would also appear in the multiple upload's edit form,
        # which leaves the file out.
        if "file" in self.fields:
            field = self.fields["file"]
            self.fields["file"] = WholeImageField(label=field.label, required=field.required, widget=field.widget)
