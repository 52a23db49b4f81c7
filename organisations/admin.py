from django.contrib import admin

from .models import Organisation


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ["name", "key", "country", "sector", "size"]
    search_fields = ["name", "key"]
    filter_horizontal = ["competitors", "coordinators"]
