"""Fill the two denormalised fields of 0003 for rows written before it: one UPDATE each."""

from django.db import migrations
from django.db.models import OuterRef, Subquery


def backfill(apps, schema_editor):
    db = schema_editor.connection.alias
    Assessment = apps.get_model("evaluation", "Assessment")
    SurveyAnswer = apps.get_model("evaluation", "SurveyAnswer")
    SurveyResponse = apps.get_model("evaluation", "SurveyResponse")
    start = Assessment.objects.using(db).filter(
        enrolment=OuterRef("enrolment"),
        competence=OuterRef("competence"),
        assessor=OuterRef("assessor"),
        phase="start",
    )
    Assessment.objects.using(db).filter(phase="end").update(start_level=Subquery(start.values("level")[:1]))
    role = SurveyResponse.objects.using(db).filter(pk=OuterRef("response")).values("role")[:1]
    SurveyAnswer.objects.using(db).update(role=Subquery(role))


class Migration(migrations.Migration):
    dependencies = [
        ("evaluation", "0003_assessment_start_level_surveyanswer_role"),
    ]

    operations = [
        migrations.RunPython(backfill, migrations.RunPython.noop),
    ]
