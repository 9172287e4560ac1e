"""An Elasticsearch node that answers from memory and records every request, for testing the
backend against the documented API contract (index settings, mappings, bulk and search bodies)
without a cluster. Plugged in through elastic_transport's `node_class` option."""

import json

from elastic_transport import ApiResponseMeta, BaseNode, HttpHeaders
from elastic_transport._node._base import NodeApiResponse


class Request:
    def __init__(self, method, target, body):
        self.method = method
        self.path, _, self.query_string = target.partition("?")
        self.body = body

    @property
    def index(self):
        return self.path.strip("/").split("/")[0]

    def __repr__(self):
        return f"<{self.method} {self.path}>"


class FakeNode(BaseNode):
    _CLIENT_META_HTTP_CLIENT = ("fake", "1.0")

    requests = []
    # Set by tests: the body answered to _search requests.
    search_response = None

    @classmethod
    def reset(cls):
        cls.requests = []
        cls.search_response = None

    def perform_request(self, method, target, body=None, headers=None, request_timeout=None):
        parsed = None
        if body:
            text = body.decode()
            if target.split("?")[0].endswith("/_bulk"):
                parsed = [json.loads(line) for line in text.splitlines() if line.strip()]
            else:
                parsed = json.loads(text)
        request = Request(method, target, parsed)
        FakeNode.requests.append(request)
        status, data = self.answer(request)
        meta = ApiResponseMeta(
            status=status,
            http_version="1.1",
            headers=HttpHeaders(
                {"content-type": "application/json", "x-elastic-product": "Elasticsearch"}
            ),
            duration=0.0,
            node=self.config,
        )
        return NodeApiResponse(meta, b"" if method == "HEAD" else json.dumps(data).encode())

    def answer(self, request):
        path = request.path
        if path.endswith("/_bulk"):
            items = [
                {action: {"_id": meta.get("_id"), "status": 200}}
                for line in request.body[::2]
                for action, meta in line.items()
            ]
            return 200, {"took": 1, "errors": False, "items": items}
        if path.endswith("/_search"):
            return 200, FakeNode.search_response or empty_search()
        if path.endswith("/_count"):
            return 200, {"count": 0}
        if request.method == "HEAD":
            return 404, {}
        if "/_alias" in path and request.method == "GET":
            return 404, {}
        if "/_doc/" in path and request.method == "DELETE":
            return 200, {"result": "deleted"}
        if "/_doc/" in path:
            return 201, {"result": "created"}
        return 200, {"acknowledged": True}


def empty_search():
    return {"hits": {"total": {"value": 0, "relation": "eq"}, "hits": []}, "aggregations": {}}


def search_response(hits, type_counts=None, topic_counts=None, total=None):
    """A _search answer with these hits ({"_source": {...}, "_score": ...}) and aggregations."""
    return {
        "hits": {
            "total": {"value": len(hits) if total is None else total, "relation": "eq"},
            "hits": hits,
        },
        "aggregations": {
            "types": {
                "values": {
                    "buckets": [
                        {"key": key, "doc_count": count}
                        for key, count in (type_counts or {}).items()
                    ]
                }
            },
            "topics": {
                "values": {
                    "buckets": [
                        {"key": key, "doc_count": count}
                        for key, count in (topic_counts or {}).items()
                    ]
                }
            },
        },
    }
