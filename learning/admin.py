from django.contrib import admin

from .models import ModuleCompletion, ModuleSetting


@admin.register(ModuleSetting)
class ModuleSettingAdmin(admin.ModelAdmin):
    list_display = ["programme", "module", "required_for_mentors", "required_for_mentees", "updated_at"]
    list_filter = ["programme", "module"]


@admin.register(ModuleCompletion)
class ModuleCompletionAdmin(admin.ModelAdmin):
    list_display = ["enrolment", "module", "passed", "score", "questions", "attempts", "completed_at"]
    list_filter = ["module", "passed", "enrolment__programme"]
    search_fields = ["enrolment__user__email", "enrolment__user__name"]
    raw_id_fields = ["enrolment"]
