"""A questionnaire's questions as plain values, read from the version a round asked."""

from dataclasses import dataclass, field


@dataclass
class Question:
    """One item of a questionnaire: `id` is its block id (the key its answers are stored under)."""

    id: str
    kind: str  # heading, agreement, choice, number, text
    text: str
    options: list = field(default_factory=list)
    minimum: int | None = None
    maximum: int | None = None
    long: bool = False

    @property
    def asks(self):
        return self.kind != "heading"

    @property
    def field_name(self):
        return f"q_{self.id}"


def questions_of(questionnaire):
    """Every item of `questionnaire` (as saved in a revision or now), headings included, in order."""
    items = []
    for child in questionnaire.questions:
        value = child.value
        kind = child.block_type
        if kind == "heading":
            items.append(Question(child.id, kind, value["heading"]))
        elif kind == "agreement":
            items.append(Question(child.id, kind, value["statement"]))
        elif kind == "choice":
            items.append(Question(child.id, kind, value["question"], options=[str(o) for o in value["options"]]))
        elif kind == "number":
            items.append(
                Question(child.id, kind, value["question"], minimum=value["minimum"], maximum=value["maximum"])
            )
        elif kind == "text":
            items.append(Question(child.id, kind, value["question"], long=bool(value["long"])))
    return items
