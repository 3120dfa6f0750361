"""What happens when a moderation workflow is approved (WAGTAIL_FINISH_WORKFLOW_ACTION).

Its own module because Wagtail imports it while defining its workflow models: nothing here may import
wagtail.models at module level.
"""


def publish_approved(workflow_state, user=None):
    """What approving a workflow's last step does (WAGTAIL_FINISH_WORKFLOW_ACTION): publish what was approved.

    Wagtail's own action checks that the approver may publish the page directly; here the approval is the
    permission (a facilitator approving a colleague's lesson may not publish it around the workflow), and the
    workflow's tasks have already decided who may approve.
    """
    workflow_state.content_object.get_latest_revision().publish(user=user, skip_permission_checks=True)
