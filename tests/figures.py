"""Figures the security tests report at the end of a run (printed by pytest_terminal_summary in conftest).

CI's output states them: URLs × roles checked, forms fuzzed and examples run, injection payloads tried
and executed, fault scenarios passed. Tests add to them with `count(name, n)`.
"""

from collections import Counter

FIGURES = Counter()

LABELS = {
    "permission_checks": "permission table: URL × role checks",
    "admin_url_checks": "Wagtail admin URLs × roles checked",
    "forms_fuzzed": "forms fuzzed",
    "fuzz_examples": "fuzz examples run",
    "injection_payloads": "script-injection payloads tried",
    "injection_fields": "fields written with injection payloads",
    "scripts_executed": "injected scripts executed",
    "fault_scenarios": "fault scenarios passed",
}


def count(name, amount=1):
    FIGURES[name] += amount
