from django.contrib import admin

from .models import Competence, Enrolment, Invitation, Need, Programme, ProgrammeOrganisation


class MembershipInline(admin.TabularInline):
    model = ProgrammeOrganisation
    extra = 0


@admin.register(Programme)
class ProgrammeAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "kind", "cohort_start", "cohort_end", "matching_mode"]
    list_filter = ["kind"]
    search_fields = ["name", "slug"]
    filter_horizontal = ["managers"]
    inlines = [MembershipInline]


class NeedInline(admin.TabularInline):
    model = Need
    extra = 0


@admin.register(Enrolment)
class EnrolmentAdmin(admin.ModelAdmin):
    list_display = ["user", "programme", "organisation", "role", "status", "capacity"]
    list_filter = ["programme", "role", "status"]
    search_fields = ["user__email", "user__name"]
    raw_id_fields = ["user", "decided_by"]
    inlines = [NeedInline]


@admin.register(Competence)
class CompetenceAdmin(admin.ModelAdmin):
    list_display = ["slug", "group", "builtin"]
    list_filter = ["group", "builtin"]


@admin.register(Invitation)
class InvitationAdmin(admin.ModelAdmin):
    list_display = ["email", "programme", "organisation", "created_at", "accepted_at"]
    exclude = ["token"]
