"""Recruitment: from someone's first contact to an enrolled mentor.

People interested leave an application on the public page /apply/ (or the manager adds one by hand: most
come by referral). Each applicant then moves through the stages the manager keeps in the admin (Mentoring >
Recruitment stages; by default the report's: application, phone interview, assessment, security vetting,
decision), one recorded step at a time, on the board at /recruitment/. Accepting at the decision creates the
account in a cohort, enrols it in a track, fills the mentor profile and sends the invitation.

Applications are personal data of people who may never join: the manager sees every applicant, staff the
manager names as interviewers see theirs; every reading is in the audit trail. Applicants who were not
accepted are deleted RETENTION_DAYS["applicants"] after the decision (privacy.py).
"""
