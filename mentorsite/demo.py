"""Steps that build the demo programme, registered by each app (see `manage.py seed_demo`).

Each app registers a function from its AppConfig.ready(); the command runs them in `order` inside one
transaction. Every step must be idempotent: create what is missing, change nothing that exists.
"""

_steps = []


def register_demo_step(order, function):
    _steps.append((order, function))


def demo_steps():
    return [function for _order, function in sorted(_steps, key=lambda step: step[0])]
