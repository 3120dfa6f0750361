from django.apps import AppConfig


class BenchConfig(AppConfig):
    name = "mentorsite.bench"
    label = "bench"
    verbose_name = "Benchmark reference pages"
    default_auto_field = "django.db.models.BigAutoField"
