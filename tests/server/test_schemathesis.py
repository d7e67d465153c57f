"""Property-based requests generated from the OpenAPI schema: whatever is asked, no server error.

Small and repeatable: a few examples per operation, valid and invalid, derandomized (fixed seeds), against the
live server. (schemathesis' lazy pytest loader does not run on pytest 9, so each operation's strategy is run
with hypothesis directly, one test per operation.)"""

from __future__ import annotations

import pytest

schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from schemathesis.checks import not_a_server_error  # noqa: E402
from schemathesis.generation import GenerationMode  # noqa: E402

OPERATIONS = ["GET /api/v1/drivers/{driver_id}", "GET /api/v1/{series}/{season}",
              "GET /api/v1/{series}/{season}/{round}", "GET /api/v1/{series}/{season}/{round}/results",
              "GET /api/v1/{series}/{season}/{round}/facts", "GET /api/v1/{series}/{season}/{round}/standings",
              "GET /api/v1/{series}/{season}/{round}/recap", "POST /api/v1/{series}/{season}/{round}/check",
              "POST /api/v1/sync", "POST /api/v1/feeds/{series}/{season}/{race_id}/{kind}"]


@pytest.fixture(scope="session")
def operations(server):
    schema = schemathesis.openapi.from_url(server.url + "/api/v1/openapi.json")
    ops = {f"{op.method.upper()} {op.path}": op for op in (r.ok() for r in schema.get_all_operations())}
    assert sorted(ops) == sorted(OPERATIONS), "update OPERATIONS: the API changed"
    return ops


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE], ids=str)
@pytest.mark.parametrize("name", OPERATIONS)
def test_no_request_makes_a_server_error(operations, server, name, mode):
    @given(case=operations[name].as_strategy(generation_mode=mode))
    @settings(max_examples=10, derandomize=True, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    def run(case):
        case.call_and_validate(base_url=server.url, checks=[not_a_server_error], timeout=60)

    run()
