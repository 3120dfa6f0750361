"""Evaluation: questionnaires written in the admin and sent to a group as rounds, the answers (anonymous where
the questionnaire says so), results per question with the small-group rule, and the research export that
names nobody. Its models are registered through mentoring/models.py; the URLs live under /evaluation/."""
