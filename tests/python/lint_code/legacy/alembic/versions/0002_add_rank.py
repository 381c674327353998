"""add rank

Revision ID: 0002
"""
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"


def upgrade():
    op.add_column("hero", sa.Column("rank", sa.Integer(), nullable=False))
    op.create_foreign_key(None, "hero", "team", ["team_id"], ["id"])


def downgrade():
    op.drop_column("hero", "rank")
