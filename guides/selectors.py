"""Which guides a user reads first: those of their own role, then the others."""

from accounts.models import Role, User
from guides.topics import BY_SLUG, TOPICS, Topic


def role_of(user: User) -> str:
    """The role a guide is chosen by; a superuser reads the administrators' guides."""
    if user.is_administrator:
        return Role.ADMINISTRATOR
    return str(user.role)


def topics_for(user: User) -> tuple[list[Topic], list[Topic]]:
    """The guides of the user's role first (in the catalogue's order), then the rest.

    Every guide stays readable by everyone: a reporter may want to know what the
    coordinator does with the report they send.
    """
    role = role_of(user)
    mine = [topic for topic in TOPICS if role in topic.roles]
    others = [topic for topic in TOPICS if role not in topic.roles]
    return mine, others


def topics_all() -> tuple[Topic, ...]:
    return TOPICS


def topic_get(slug: str) -> Topic | None:
    return BY_SLUG.get(slug)


def role_names(topic: Topic) -> list[str]:
    """The roles a guide concerns, as the app names them ("Cán bộ điều phối")."""
    labels = dict(Role.choices)
    return [str(labels[role]) for role in topic.roles]
