"""docker/: the compose file follows the Compose Specification (its JSON schema is vendored in
docker/schema/, Apache-2.0), runs the production topology in order, and every variable the
portal reads is documented in README.md and listed in .env.example."""

import json
import re
from pathlib import Path

import jsonschema
import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((REPO / "docker" / "schema" / "compose-spec.json").read_text())
COMPOSE = yaml.safe_load((REPO / "docker" / "compose.yaml").read_text())


def errors(document):
    return list(jsonschema.Draft7Validator(SCHEMA).iter_errors(document))


def test_the_compose_file_follows_the_compose_specification():
    assert errors(COMPOSE) == []


def test_the_schema_would_catch_a_mistake():
    broken = json.loads(json.dumps(COMPOSE))
    broken["services"]["web"]["healthcheck"]["retires"] = 3
    broken["services"]["cache"]["depends_on"]["web"]["condition"] = "service_ready"
    assert len(errors(broken)) >= 2


def test_every_service_of_the_topology_is_there_with_a_healthcheck():
    services = COMPOSE["services"]
    assert set(services) == {"web", "worker", "db", "search", "redis", "cache"}
    for name, service in services.items():
        assert "healthcheck" in service, name
    assert services["db"]["image"].startswith("postgres:17")
    assert services["search"]["image"].split(":")[-1].startswith("9.")
    assert "db_worker" in services["worker"]["command"]
    assert "gunicorn --config docker/gunicorn.conf.py" in services["web"]["command"]


def test_services_start_in_order():
    services = COMPOSE["services"]
    for backing in ("db", "redis", "search"):
        assert services["web"]["depends_on"][backing]["condition"] == "service_healthy"
    assert services["worker"]["depends_on"]["web"]["condition"] == "service_healthy"
    assert services["cache"]["depends_on"]["web"]["condition"] == "service_healthy"


def test_named_volumes_hold_the_database_media_and_the_search_index():
    assert {"db", "media", "documents", "search"} <= set(COMPOSE["volumes"])
    mounts = {
        name: [volume.split(":")[0] for volume in service.get("volumes", [])]
        for name, service in COMPOSE["services"].items()
    }
    assert "db" in mounts["db"] and "search" in mounts["search"]
    assert {"media", "documents"} <= set(mounts["web"])
    assert "./varnish/default.vcl" in mounts["cache"]


def test_the_web_and_worker_run_with_the_production_task_backend_and_purging():
    environment = COMPOSE["services"]["web"]["environment"]
    assert environment["TASKS_BACKEND"] == "database"
    assert environment["FRONTEND_CACHE_URL"].startswith("http://cache")
    assert COMPOSE["services"]["worker"]["environment"] == environment


def variables_read_by_the_settings():
    source = (REPO / "portal" / "settings.py").read_text()
    names = set(
        re.findall(r"""(?:environ\.get|env_bool|env_list|getenv)\(\s*["']([A-Z0-9_]+)""", source)
    )
    assert len(names) > 30
    return names


def test_every_variable_the_portal_reads_is_in_the_readme_and_the_env_example():
    readme = (REPO / "README.md").read_text()
    documented = set(re.findall(r"^\| `([A-Z0-9_]+)` \|", readme, flags=re.MULTILINE))
    example = (REPO / ".env.example").read_text()
    listed = set(re.findall(r"^#? ?([A-Z0-9_]+)=", example, flags=re.MULTILINE))
    read = variables_read_by_the_settings()
    assert read - documented == set()
    # .env.example is for production: the development-only ones may stay out.
    assert read - listed - {"DEMO_ADMIN_PASSWORD"} == set()


@pytest.mark.parametrize("name", ["Dockerfile", "gunicorn.conf.py", "varnish/default.vcl"])
def test_the_files_compose_names_exist(name):
    assert (REPO / "docker" / name).is_file()


def test_the_image_carries_no_test_tools():
    dockerfile = (REPO / "docker" / "Dockerfile").read_text()
    assert "requirements.lock" in dockerfile
    runtime = (REPO / "requirements.lock").read_text().lower()
    for tool in ("pytest", "playwright", "ruff"):
        assert f"\n{tool}" not in runtime, tool
