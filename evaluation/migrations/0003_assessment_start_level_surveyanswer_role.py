from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("evaluation", "0002_assessment_competence_restrict"),
    ]

    operations = [
        migrations.AddField(
            model_name="assessment",
            name="start_level",
            field=models.PositiveSmallIntegerField(blank=True, null=True),
        ),
        migrations.AddField(
            model_name="surveyanswer",
            name="role",
            # Existing answers get their response's role in 0004.
            field=models.CharField(
                choices=[("mentor", "Mentor"), ("mentee", "Mentee")], default="", max_length=6
            ),
            preserve_default=False,
        ),
    ]
