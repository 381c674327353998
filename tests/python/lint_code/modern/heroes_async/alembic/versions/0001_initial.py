"""initial

Revision ID: 0001
"""

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision = "0001"
down_revision = None


def upgrade() -> None:
    op.create_table(
        "team",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=255), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_team")),
    )
    op.add_column(
        "team", sa.Column("rank", sa.Integer(), nullable=False, server_default="0")
    )
    op.create_foreign_key(
        op.f("fk_hero_team_id_team"), "hero", "team", ["team_id"], ["id"]
    )
    op.alter_column("team", "rank", existing_type=sa.Integer(), type_=sa.BigInteger())


def downgrade() -> None:
    op.drop_column("team", "rank")
    op.drop_table("team")
