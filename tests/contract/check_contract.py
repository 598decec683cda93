#!/usr/bin/python3
"""Checks the project's API contract (models/api/engage_api_contract.json) against the public
Engage Digital reference: the OpenAPI file and the documentation pages beside it.

Every fact of the contract must be stated by the reference, except the members an entry lists
in its "beyond_reference" (docs/api.md states them, the reference does not); those are
printed as unverified, and still fail when the reference contradicts them. The contract itself
is validated with a JSON Schema of its own, and sample records with the OpenAPI component
schemas. The settings extension (docs/api.md, part 2) must name no path of the public API.

Usage: check_contract.py CONTRACT OPENAPI_YAML [CONTRACT_SCHEMA SAMPLES]
Exit 0 when every fact agrees, 1 naming each one that does not, 77 (a CTest skip) when the
reference is not there (the contract's own shape is still checked, and fails with 1).
"""

import json
import os
import re
import sys

import jsonschema
import yaml

SKIP = 77
JSON_TYPES = {"string": str, "boolean": bool, "object": dict, "array": list}


class Check:
    def __init__(self):
        self.failures = []
        self.unverified = []

    def fail(self, where, fact):
        self.failures.append(f"{where}: {fact}")

    def note(self, where, fact):
        if f"{where}: {fact}" not in self.unverified:
            self.unverified.append(f"{where}: {fact}")


def beyond(entry):
    return set(entry.get("beyond_reference", []))


def stated(check, entry, member, where, reference_value, describe):
    """Compares entry[member] with what the reference states (None: it states nothing)."""
    value = entry[member]
    if reference_value is None:
        if member in beyond(entry):
            check.note(f"{where}.{member}", f"{value!r} (docs/api.md only)")
        else:
            check.fail(f"{where}.{member}", f"{value!r} is not stated by {describe}; state it "
                       "there or list it in beyond_reference")
    elif reference_value != value:
        check.fail(f"{where}.{member}", f"the contract says {value!r}, {describe} says "
                   f"{reference_value!r}")
    elif member in beyond(entry):
        check.fail(f"{where}.{member}", f"{describe} states {value!r}: take {member} out of "
                   "beyond_reference")


def number_in(pattern, text):
    found = re.search(pattern, text or "")
    return int(found.group(1)) if found else None


def resolve(openapi, schema):
    while "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        schema = openapi["components"]["schemas"][name]
    return schema


def openapi_type(schema):
    return schema.get("type")


# --- the contract's own shape --------------------------------------------------------------

def check_shape(check, contract, schema_path):
    with open(schema_path, encoding="utf-8") as file:
        schema = json.load(file)
    validator = jsonschema.Draft202012Validator(schema)
    for error in sorted(validator.iter_errors(contract), key=lambda e: list(e.absolute_path)):
        where = "/".join(str(part) for part in error.absolute_path) or "(the file)"
        check.fail(f"contract shape at {where}", error.message)


# --- base URL, authentication, paging, rate limit, errors ----------------------------------

def check_base_url(check, contract, openapi, docs):
    base = contract["base_url"]
    server = openapi["servers"][0]
    if not server["url"].endswith(base["path_prefix"]):
        check.fail("base_url.path_prefix", f"{base['path_prefix']!r}, but the OpenAPI server "
                   f"URL is {server['url']!r}")
    if not server["url"].startswith(base["scheme"] + "://"):
        check.fail("base_url.scheme", f"the OpenAPI server URL is {server['url']!r}")
    if f"prefixed by `{base['path_prefix']}`" not in docs["basics_requests.md"]:
        check.fail("base_url.path_prefix", "basics_requests.md does not say paths are prefixed "
                   f"by {base['path_prefix']}")
    hosts = server["variables"]["platform_hostname"]["description"]
    for form in base["host_forms"]:
        platform = form.split(".api.", 1)[-1]
        if not form.startswith("ACCOUNT.api.") or platform not in hosts:
            check.fail("base_url.host_forms", f"{form!r}: the OpenAPI server variable "
                       f"platform_hostname names {hosts!r}")
    if base["bare_host_gets_prefix"] and "bare_host_gets_prefix" not in beyond(base):
        check.fail("base_url.bare_host_gets_prefix", "not stated by the reference")
    check.note("base_url.bare_host_gets_prefix", "a bare https://HOST gets /1.0 (docs/api.md only)")


def check_authentication(check, contract, openapi, docs):
    auth = contract["authentication"]
    if f"{auth['header']}: {auth['scheme']} <access_token_value>" not in docs["basics_auth.md"]:
        check.fail("authentication", f"basics_auth.md does not show '{auth['header']}: "
                   f"{auth['scheme']} <access_token_value>'")
    schemes = openapi["components"]["securitySchemes"].values()
    if not any(s.get("type") == "http" and s.get("scheme", "").lower() == auth["scheme"].lower()
               for s in schemes):
        check.fail("authentication.scheme", f"the OpenAPI security schemes are {list(schemes)}")
    if f"parameter named `{auth['query_parameter']}`" not in docs["basics_auth.md"]:
        check.fail("authentication.query_parameter", "basics_auth.md names another parameter")


def check_paging_parameter(check, contract, name, operation, where):
    """The offset or limit of one paged OpenAPI operation against paging.<name>."""
    entry = contract["paging"][name]
    parameters = {p["name"]: p for p in operation.get("parameters", []) if p.get("in") == "query"}
    if name not in parameters:
        check.fail(where, f"the OpenAPI operation has no query parameter {name}")
        return
    parameter = parameters[name]
    schema = parameter.get("schema", {})
    if schema.get("type") != entry["type"]:
        check.fail(f"{where}.{name}", f"type {entry['type']!r}, OpenAPI {schema.get('type')!r}")
    description = parameter.get("description", "")
    default = schema.get("default", number_in(r"Default value is (\d+)", description))
    maximum = schema.get("maximum", number_in(r"max value is (\d+)", description))
    describe = f"the OpenAPI parameter of {where}"
    stated(check, entry, "default", f"paging.{name}", default, describe)
    stated(check, entry, "maximum", f"paging.{name}", maximum, describe)
    stated(check, entry, "minimum", f"paging.{name}", schema.get("minimum"), describe)


def check_paging_docs(check, contract, docs):
    text = docs["basics_pagination.md"]
    for name in ("offset", "limit"):
        row = re.search(rf"^\| `{name}` \|(.*)$", text, re.MULTILINE)
        description = row.group(1) if row else ""
        entry = contract["paging"][name]
        stated(check, entry, "default", f"paging.{name} (basics_pagination.md)",
               number_in(r"Default value is (\d+)", description), "basics_pagination.md")
        if number_in(r"max value is (\d+)", description) is not None or "maximum" not in beyond(entry):
            stated(check, entry, "maximum", f"paging.{name} (basics_pagination.md)",
                   number_in(r"max value is (\d+)", description), "basics_pagination.md")
    example = json.loads(re.search(r"```json\n(.*?)```", text, re.DOTALL).group(1))
    answer = contract["paging"]["answer"]
    for member in example:
        if member not in answer:
            check.fail("paging.answer", f"basics_pagination.md's answer has {member!r}, the "
                       "contract does not")
    for member, kind in answer.items():
        if member in example:
            continue
        if member in beyond(contract["paging"]):
            check.note(f"paging.answer.{member}", f"{kind} (docs/api.md only)")
        else:
            check.fail(f"paging.answer.{member}", "not in basics_pagination.md's answer")


def check_rate_limit(check, contract, docs):
    rate = contract["rate_limit"]
    text = docs["basics_responses.md"]
    stated(check, rate, "requests", "rate_limit", number_in(r"(\d+) queries per minute", text),
           "basics_responses.md")
    stated(check, rate, "window_seconds", "rate_limit",
           60 if "queries per minute" in text else None, "basics_responses.md")
    stated(check, rate, "status", "rate_limit", number_in(r"responds with (\d+)", text),
           "basics_responses.md")
    mentions_retry_after = "retry-after" in text.lower()
    if mentions_retry_after or "retry_after_sent" not in beyond(rate):
        stated(check, rate, "retry_after_sent", "rate_limit", mentions_retry_after,
               "basics_responses.md")
    else:
        check.note("rate_limit.retry_after_sent", f"{rate['retry_after_sent']!r} (the reference "
                   "promises no Retry-After; docs/api.md says none is sent)")


def json_blocks(text):
    return [json.loads(block) for block in re.findall(r"```json\n(.*?)```", text, re.DOTALL)]


def check_errors(check, contract, openapi, docs):
    errors = contract["errors"]
    examples = [b for b in json_blocks(docs["basics_responses.md"]) if "error" in b]
    if not examples:
        check.fail("errors.body", "basics_responses.md has no error example")
        return
    shape = examples[0]
    expected = {m: ("integer" if isinstance(v, int) else "string") for m, v in shape.items()}
    if errors["body"] != expected:
        check.fail("errors.body", f"{errors['body']}, basics_responses.md shows {expected}")
    if "validation_item" in beyond(errors):
        check.note("errors.validation_item", f"{errors['validation_item']} (docs/api.md only)")
    else:
        check.fail("errors.validation_item", "not stated by the reference")
    # The first example is the general shape ("Error identifier"); the others are real.
    documented = {e["status"]: e["error"] for e in examples[1:]}
    everything = yaml.safe_dump(openapi["paths"])
    for answer in errors["answers"]:
        where = f"errors.answers[{answer['status']}]"
        in_docs = answer["status"] in documented
        in_openapi = re.search(rf"'{answer['status']}'|\b{answer['status']} (HTTP|error)",
                               everything) is not None
        stated(check, answer, "status", where,
               answer["status"] if in_docs or in_openapi else None, "the reference")
        if "error" in answer:
            stated(check, answer, "error", where, documented.get(answer["status"]),
                   "basics_responses.md")
        if "error_suffix" in answer:
            stated(check, answer, "error_suffix", where, None, "the reference")


# --- endpoints and records ----------------------------------------------------------------

def check_endpoints(check, contract, openapi):
    records = contract["records"]
    for endpoint in contract["endpoints"]:
        where = f"endpoints[{endpoint['name']}]"
        operations = openapi["paths"].get(endpoint["path"])
        if operations is None:
            check.fail(where, f"the OpenAPI file has no path {endpoint['path']}")
            continue
        operation = operations.get(endpoint["method"].lower())
        if operation is None:
            check.fail(where, f"the OpenAPI path {endpoint['path']} has no {endpoint['method']} "
                       f"(it has {', '.join(m.upper() for m in operations)})")
            continue
        check_path_parameters(check, endpoint, operation, where)
        check_query_parameters(check, endpoint, operation, where)
        if endpoint.get("paged"):
            for name in ("offset", "limit"):
                check_paging_parameter(check, contract, name, operation, where)
        check_answer(check, endpoint, operation, records, openapi, where)
        description = yaml.safe_dump(operation)
        for status in endpoint.get("documented_errors", []):
            if str(status) not in operation.get("responses", {}) and \
                    f"{status} HTTP code" not in description:
                check.fail(where, f"the OpenAPI operation does not document a {status} answer")


def check_path_parameters(check, endpoint, operation, where):
    ours = re.findall(r"\{(\w+)\}", endpoint["path"])
    theirs = [p["name"] for p in operation.get("parameters", []) if p.get("in") == "path"]
    if ours != theirs:
        check.fail(where, f"path parameters {ours}, OpenAPI {theirs}")


def check_query_parameters(check, endpoint, operation, where):
    theirs = {p["name"]: p for p in operation.get("parameters", []) if p.get("in") == "query"}
    for parameter in endpoint["parameters"]:
        name = parameter["name"]
        at = f"{where}.parameters[{name}]"
        if name not in theirs:
            check.fail(at, f"the OpenAPI operation has no query parameter {name} (it has "
                       f"{', '.join(sorted(theirs))})")
            continue
        reference = theirs[name]
        schema = reference.get("schema", {})
        if schema.get("type") != parameter["type"]:
            check.fail(at, f"type {parameter['type']!r}, OpenAPI {schema.get('type')!r}")
        if reference.get("required", False) and not parameter.get("required", False):
            check.fail(at, "the OpenAPI file requires it, the contract does not")
        if "enum" in parameter:
            extra = [v for v in parameter["enum"] if v not in schema.get("enum", [])]
            if extra:
                check.fail(at, f"values {extra} are not in the OpenAPI enum "
                           f"{schema.get('enum')}")
        for fact in ("default", "minimum", "maximum"):
            if fact in parameter:
                stated(check, parameter, fact, at, schema.get(fact), "the OpenAPI parameter")
            elif fact in schema and fact != "default":
                check.fail(at, f"the OpenAPI file gives a {fact} {schema[fact]!r}, the "
                           "contract none")


def check_answer(check, endpoint, operation, records, openapi, where):
    if "answer" not in endpoint:
        return
    record = records.get(endpoint["answer"])
    if record is None:
        check.fail(where, f"answers the record {endpoint['answer']!r}, which the contract lacks")
        return
    content = operation.get("responses", {}).get("200", {}).get("content", {})
    schema = content.get("application/json", {}).get("schema", {})
    if endpoint.get("paged"):
        page = resolve(openapi, schema)
        schema = page.get("properties", {}).get("records", {}).get("items", {})
    name = schema.get("$ref", "").rsplit("/", 1)[-1]
    if name != record["openapi_schema"]:
        check.fail(where, f"answers {record['openapi_schema']} records, the OpenAPI 200 answer "
                   f"holds {name or 'no named schema'}")


def check_records(check, contract, openapi):
    schemas = openapi["components"]["schemas"]
    for name, record in contract["records"].items():
        where = f"records[{name}]"
        if record["openapi_schema"] not in schemas:
            check.fail(where, f"the OpenAPI file has no schema {record['openapi_schema']}")
            continue
        properties = resolve(openapi, schemas[record["openapi_schema"]]).get("properties", {})
        for field, facts in record["fields"].items():
            at = f"{where}.fields[{field}]"
            if field not in properties:
                check.fail(at, f"the OpenAPI schema {record['openapi_schema']} has no such "
                           "property")
                continue
            theirs = resolve(openapi, properties[field])
            if openapi_type(theirs) != facts["type"]:
                check.fail(at, f"type {facts['type']!r}, OpenAPI {openapi_type(theirs)!r}")
            if facts.get("nullable") and not theirs.get("nullable") and \
                    "is null" not in theirs.get("description", ""):
                check.fail(at, "nullable, but the OpenAPI property neither is nor says so")
            if "format" in facts and theirs.get("format") != facts["format"]:
                check.fail(at, f"format {facts['format']!r}, OpenAPI {theirs.get('format')!r}")
            if "items" in facts:
                items = resolve(openapi, theirs.get("items", {})).get("type")
                if items != facts["items"]:
                    check.fail(at, f"items {facts['items']!r}, OpenAPI {items!r}")
        for destination, member in record.get("destinations", {}).items():
            if member not in record["fields"]:
                check.fail(f"{where}.destinations[{destination}]", f"{member} is not a field "
                           "of the record")


def check_extension(check, contract, openapi):
    public = {(e["method"], e["path"]) for e in contract["endpoints"]}
    for endpoint in contract["extension"]["endpoints"]:
        where = f"extension.endpoints[{endpoint['name']}]"
        if endpoint["path"] in openapi["paths"]:
            check.fail(where, f"{endpoint['path']} is a path of the public API: the extension "
                       "must not claim it")
        if (endpoint["method"], endpoint["path"]) in public:
            check.fail(where, "is also listed as a public endpoint")


# --- samples ------------------------------------------------------------------------------

def contract_schema_of(fields):
    """A JSON Schema of a record as the contract reads it."""
    properties = {}
    for name, facts in fields.items():
        kinds = [facts["type"]] + (["null"] if facts.get("nullable") else [])
        properties[name] = {"type": kinds}
        if "items" in facts:
            properties[name]["items"] = {"type": facts["items"]}
    needed = [name for name, facts in fields.items() if facts.get("needed")]
    return {"type": "object", "properties": properties, "required": needed}


def validate(check, where, instance, schema, against, resolver=None):
    validator = jsonschema.Draft4Validator(schema, resolver=resolver)
    for error in validator.iter_errors(instance):
        path = "/".join(str(part) for part in error.absolute_path)
        check.fail(f"{where} at /{path}", f"{error.message} ({against})")


def check_samples(check, contract, openapi, samples_path):
    with open(samples_path, encoding="utf-8") as file:
        samples = json.load(file)
    resolver = jsonschema.RefResolver("", openapi)
    schemas = openapi["components"]["schemas"]
    for name, instances in samples["records"].items():
        record = contract["records"].get(name)
        if record is None:
            check.fail(f"samples.records[{name}]", "the contract has no such record")
            continue
        for index, instance in enumerate(instances):
            where = f"samples.records[{name}][{index}]"
            validate(check, where, instance, schemas[record["openapi_schema"]],
                     f"OpenAPI {record['openapi_schema']}", resolver)
            validate(check, where, instance, contract_schema_of(record["fields"]),
                     "the contract's fields")
    answer = {"type": "object", "required": [m for m in contract["paging"]["answer"]
                                             if m != "count_capped"],
              "properties": {m: {"type": t} for m, t in contract["paging"]["answer"].items()}}
    for name, page in samples["pages"].items():
        validate(check, f"samples.pages[{name}]", page, schemas[name], f"OpenAPI {name}",
                 resolver)
        validate(check, f"samples.pages[{name}]", page, answer, "the contract's paging answer")
    body = contract["errors"]["body"]
    item = contract["errors"]["validation_item"]
    error_schema = {
        "type": "object", "required": list(body),
        "properties": {**{m: {"type": t} for m, t in body.items()},
                       "errors": {"type": "array", "items": {
                           "type": "object", "required": list(item),
                           "properties": {m: {"type": t} for m, t in item.items()}}}}}
    for index, error in enumerate(samples["errors"]):
        validate(check, f"samples.errors[{index}]", error, error_schema,
                 "the contract's error body")


def main(argv):
    if len(argv) not in (3, 5):
        print(__doc__, file=sys.stderr)
        return 2
    contract_path, openapi_path = argv[1], argv[2]
    here = os.path.dirname(os.path.abspath(__file__))
    schema_path = argv[3] if len(argv) == 5 else os.path.join(here, "contract.schema.json")
    samples_path = argv[4] if len(argv) == 5 else os.path.join(here, "sample_records.json")
    with open(contract_path, encoding="utf-8") as file:
        contract = json.load(file)
    check = Check()
    check_shape(check, contract, schema_path)
    if check.failures:  # the other checks assume the shape
        return report(check, contract_path)
    if not os.path.isfile(openapi_path):
        print(f"SKIPPED: the public reference {openapi_path} is not there, so the API contract "
              "was checked for its own shape only, not against the reference.")
        return SKIP

    with open(openapi_path, encoding="utf-8") as file:
        openapi = yaml.safe_load(file)
    docs_dir = os.path.join(os.path.dirname(openapi_path), "docs")
    docs = {}
    for page in ("basics_requests.md", "basics_auth.md", "basics_pagination.md",
                 "basics_responses.md"):
        with open(os.path.join(docs_dir, page), encoding="utf-8") as file:
            docs[page] = file.read()

    check_base_url(check, contract, openapi, docs)
    check_authentication(check, contract, openapi, docs)
    check_paging_docs(check, contract, docs)
    check_rate_limit(check, contract, docs)
    check_errors(check, contract, openapi, docs)
    check_endpoints(check, contract, openapi)
    check_records(check, contract, openapi)
    check_extension(check, contract, openapi)
    check_samples(check, contract, openapi, samples_path)
    return report(check, contract_path)


def report(check, contract_path):
    for note in sorted(check.unverified):
        print(f"unverified: {note}")
    for failure in check.failures:
        print(f"FAIL {failure}")
    if check.failures:
        print(f"{len(check.failures)} problem(s) with {contract_path}: see the FAIL lines.")
        return 1
    print(f"{contract_path} agrees with the reference ({len(check.unverified)} fact(s) beyond "
          "it, listed above).")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
