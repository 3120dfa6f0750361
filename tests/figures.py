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
    "takeover_attempts": "attempts by a manager to change a superuser's or manager's account (all refused)",
    "export_parity_roles": "roles whose data export was compared with what their pages show",
    "erasure_places_searched": "tables, columns and stored files searched after an erasure",
    "erasure_hits": "copies of an erased person's name, username or e-mail found",
    "csv_exports_checked": "CSV exports read with both separators for live formulas",
    "miti_pages_checked": "pages showing MITI figures checked for an access-log entry",
}


def count(name, amount=1):
    FIGURES[name] += amount
