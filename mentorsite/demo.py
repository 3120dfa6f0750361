"""Steps that build the demo programme, registered by each app (see `manage.py seed_demo`).

Each app registers a function from its AppConfig.ready(); the command runs them in `order` inside one
transaction. Every step must be idempotent: create what is missing, change nothing that exists.
"""

_steps = []


def register_demo_step(order, function, *, translation=False):
    """`translation` marks a step that only translates what the others wrote (seed_demo can leave it out)."""
    _steps.append((order, function, translation))


def demo_steps(translations=True):
    ordered = sorted(_steps, key=lambda step: step[0])
    return [function for _order, function, translation in ordered if translations or not translation]


# The demo programme in Danish: apps register their (English, Danish) text pairs; the last demo step publishes
# every English demo page's Danish translation from them (mentorsite/home/demo.py).
_phrasebooks = []


def register_demo_phrasebook(function):
    """`function()` yields (English, Danish) pairs for the texts of an app's demo pages."""
    _phrasebooks.append(function)


def demo_phrasebook():
    """English text -> Danish text, over every registered phrasebook (the first pair for a text wins)."""
    pairs = {}
    for function in _phrasebooks:
        for english, danish in function():
            pairs.setdefault(english, danish)
    return pairs


def paired_texts(english, danish):
    """(English, Danish) for each text at the same place in two structures of the same shape.

    The Danish demo data repeat the English data item for item (curriculum.py and curriculum_da.py, say);
    a difference in shape is a mistake in the data and raises ValueError, naming where. A text that is the same in
    both languages (a role called "Mentor", "Coach") is paired too: its translation is the same word, and a page
    translation is only complete when every text has one.
    """
    if isinstance(english, str):
        if not isinstance(danish, str):
            raise ValueError(f"text {english[:40]!r} has no Danish text beside it")
        if english:
            yield english, danish
    elif isinstance(english, dict):
        if not isinstance(danish, dict) or english.keys() != danish.keys():
            raise ValueError(
                f"keys differ: {sorted(english)} and {sorted(danish) if isinstance(danish, dict) else danish}"
            )
        for key in english:
            yield from paired_texts(english[key], danish[key])
    elif isinstance(english, list | tuple):
        if not isinstance(danish, list | tuple) or len(english) != len(danish):
            raise ValueError(f"a list of {len(english)} items has a Danish list of another length")
        for english_item, danish_item in zip(english, danish, strict=True):
            yield from paired_texts(english_item, danish_item)
    elif english != danish:
        raise ValueError(f"{english!r} is {danish!r} in the Danish data")
