from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet

from mentorsite import form_fields
from networking.models import NetworkingDay


class NetworkingDayViewSet(ModelViewSet):
    # The primary key is the link to the Session row; ids in URLs are whole numbers (anything else is a 404).
    pk_path_converter = "int"
    model = NetworkingDay
    icon = "group"
    menu_label = _("Networking days")
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["title", "starts_at", "venue", "capacity", "status"]
    # By day: a date-time filter with a year such as 0001 overflowed converting it to UTC (a 500 on SQLite).
    list_filter = {"starts_at": ["date__gte", "date__lte"], "status": ["exact"]}
    search_fields = ["title", "venue"]
    form_fields = ["title", *NetworkingDay.ADMIN_FORM_FIELDS, "agenda", "documents", "status"]

    def formfield_for_dbfield(self, db_field, **kwargs):
        # An agenda that is not the editor's JSON gets the form back with a message, not a server error.
        return form_fields.formfield_for_dbfield(db_field, **kwargs)


@hooks.register("register_admin_viewset")
def register_networking_day_viewset():
    return NetworkingDayViewSet("networking_days")
