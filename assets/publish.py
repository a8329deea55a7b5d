"""bi_read_copy: the DuckDB copy that BI tools open, published after the marts."""

import dagster as dg

from assets.marts import marts
from resources.warehouse import WAREHOUSE_POOL, Warehouse


@dg.asset(
    pool=WAREHOUSE_POOL,
    group_name="marts",
    kinds={"duckdb"},
    deps=[marts],
    description="DuckDB: a consistent, atomically swapped copy of the warehouse (data/warehouse.bi.duckdb) for BI "
                "tools to open read-only, so a dashboard holding it open never blocks a run. PostgreSQL: nothing to "
                "do, readers use the live schema.",
)
def bi_read_copy(warehouse: Warehouse) -> dg.MaterializeResult:
    path = warehouse.publish_read_copy()
    return dg.MaterializeResult(metadata={
        "path": dg.MetadataValue.path(path) if path else "not needed: PostgreSQL readers use the live schema",
    })
