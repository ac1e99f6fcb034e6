"""Nothing leaves 127.0.0.1: building, asking and serving (with the seeds watcher) run in real
child processes with an audit hook on every socket connection and name lookup, and the server
refuses to hand out files from outside what it needs."""

from __future__ import annotations

import json
import signal
import socket
import sys
import time

import pytest

import procs
from webapp import free_port, isolate_gradio, served

OFFLINE_SWITCHES = ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "GRADIO_ANALYTICS_ENABLED")
_seen: list[str] = []
_recording = [False]


def _hook(event, args):
    if _recording[0] and event in ("socket.connect", "socket.sendto", "socket.getaddrinfo"):
        if procs.outside_loopback(event, args):
            _seen.append(f"{event} {args[1:]!r}")


sys.addaudithook(_hook)  # audit hooks cannot be removed: this one records only when asked


def _audited_env(tmp_path) -> dict[str, str]:
    """The child gets no offline switches from us: careerbot must set them itself."""
    env = {name: "" for name in OFFLINE_SWITCHES}
    env.update(CAREERBOT_TEST_AUDIT=str(tmp_path / "audit.log"),
               GRADIO_TEMP_DIR=str(tmp_path / "gradio"), XDG_CACHE_HOME=str(tmp_path / "cache"))
    return env


def _without_switches(env):
    for name in OFFLINE_SWITCHES:
        env.pop(name, None)


def _audit(tmp_path) -> str:
    path = tmp_path / "audit.log"
    return path.read_text() if path.exists() else ""


def test_the_audit_hook_tells_loopback_from_the_outside():
    with socket.socket() as inet, socket.socket(socket.AF_UNIX) as unix:
        assert procs.outside_loopback("socket.connect", (inet, ("93.184.216.34", 443)))
        assert procs.outside_loopback("socket.connect", (inet, ("10.0.0.7", 80)))
        assert procs.outside_loopback("socket.getaddrinfo", ("huggingface.co", 443, 0, 1, 0, 0))
        assert not procs.outside_loopback("socket.connect", (inet, ("127.0.0.1", 7860)))
        assert not procs.outside_loopback("socket.connect", (inet, ("::1", 7860, 0, 0)))
        assert not procs.outside_loopback("socket.getaddrinfo", ("localhost", 7860, 0, 1, 0, 0))
        assert not procs.outside_loopback("socket.connect", (unix, "/tmp/x.sock"))


@pytest.mark.slow
def test_building_and_asking_connect_to_nothing(small_seeds, tmp_path, monkeypatch):
    for name in OFFLINE_SWITCHES:
        monkeypatch.delenv(name, raising=False)
    env = {k: v for k, v in _audited_env(tmp_path).items() if k not in OFFLINE_SWITCHES}
    where = ["--seeds", str(small_seeds), "--index", str(tmp_path / "index")]
    built = procs.run(["index", *where], **env)
    assert built.returncode == 0, built.stderr
    asked = procs.run(["ask", "What do data scientists analyze?", "--json", *where], **env)
    assert asked.returncode == 0 and json.loads(asked.stdout)["answered"]
    assert _audit(tmp_path) == ""


def _wait_for_port(port: int, child, timeout: float = 600) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if child.poll() is not None:
            raise AssertionError(f"serve exited {child.returncode}:\n{child.stderr.read()[-3000:]}")
        with socket.socket() as probe:
            probe.settimeout(0.5)
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.5)
    raise AssertionError("serve never opened its port")


def _ask(client, question: str) -> str:
    result = client.predict(question, api_name="/chat")
    messages = result[0] if isinstance(result, (list, tuple)) else result
    return "\n".join(m["content"] for m in messages) if isinstance(messages, list) else str(messages)


@pytest.mark.slow
def test_serving_with_a_seeds_change_connects_only_to_loopback(small_seeds, tmp_path, monkeypatch):
    """`careerbot serve` end to end: the client's questions, a new seed file noticed by the
    watcher and answered from, and not one connection or lookup beyond 127.0.0.1."""
    for name in OFFLINE_SWITCHES:
        monkeypatch.delenv(name, raising=False)
    env = {k: v for k, v in _audited_env(tmp_path).items() if k not in OFFLINE_SWITCHES}
    port = free_port()
    child = procs.start(["serve", "--port", str(port), "--seeds", str(small_seeds),
                         "--index", str(tmp_path / "index")], **env)
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")  # for gradio_client in this process
    try:
        _wait_for_port(port, child)
        from gradio_client import Client

        _recording[0] = True
        client = Client(f"http://127.0.0.1:{port}/", verbose=False, download_files=False)
        assert "scientist" in _ask(client, "What do data scientists analyze?").lower()
        (small_seeds / "bi.txt").write_text(
            "BI Developer\n\nOverview\n\nBI developers turn warehouse data into dashboards "
            "for business and market trends.\n", encoding="utf-8")
        deadline, reply = time.monotonic() + 300, ""
        while "dashboards" not in reply and time.monotonic() < deadline:
            time.sleep(1)
            reply = _ask(client, "What do BI developers turn warehouse data into?")
        assert "dashboards" in reply
    finally:
        _recording[0] = False
        child.send_signal(signal.SIGINT)
        try:
            _, err = child.communicate(timeout=60)
        except Exception:
            child.kill()
            _, err = child.communicate()
    assert "Traceback" not in err, err[-3000:]
    assert "watching" in err and "index rebuilt" in err
    assert _audit(tmp_path) == "" and _seen == []


# -- exposure -----------------------------------------------------------------------------------

def test_the_server_binds_loopback_unless_told_otherwise():
    from bot.cli import _parser
    from bot.web.app import launch_options

    assert _parser().parse_args(["serve"]).host == "127.0.0.1"
    options = launch_options()
    assert options["server_name"] == "127.0.0.1" and options["share"] is False
    assert "allowed_paths" not in options


def test_serving_on_all_interfaces_prints_a_warning(make_engine, small_seeds, monkeypatch, caplog):
    import gradio as gr

    from bot.web import app as web

    launched = {}
    monkeypatch.setattr(gr.Blocks, "launch", lambda self, **kw: launched.update(kw))
    engine = make_engine(small_seeds)
    monkeypatch.setattr("bot.api.default_engine", lambda settings: engine)
    with caplog.at_level("WARNING", logger="careerbot"):
        assert web.serve(engine.settings, host="0.0.0.0", port=free_port()) == 0
    assert launched["server_name"] == "0.0.0.0"
    assert "serving on 0.0.0.0" in caplog.text and "127.0.0.1" in caplog.text
    assert not engine.watched  # the watcher stopped with the server


FORBIDDEN = [
    "/gradio_api/file=/etc/passwd",
    "/gradio_api/file=%2Fetc%2Fpasswd",
    "/gradio_api/file=../../../../etc/passwd",
    "/gradio_api/file=..%2F..%2F..%2F..%2Fetc%2Fpasswd",
    "/gradio_api/file=/proc/self/environ",
    "/file=/etc/passwd",
    "/gradio_api/file={repo}/seeds/000_4e43e7f046128496.txt",
    "/gradio_api/file={repo}/bot/settings.py",
    "/gradio_api/file={index}/manifest.json",
    "/gradio_api/file={feedback}",
    "/static/../../../../etc/passwd",
    "/assets/..%2F..%2F..%2F..%2Fetc%2Fpasswd",
]


def test_the_server_refuses_files_outside_what_it_needs(engine, tmp_path, monkeypatch):
    import httpx

    isolate_gradio(monkeypatch, tmp_path)
    feedback = engine.settings.feedback_path
    feedback.parent.mkdir(parents=True, exist_ok=True)
    feedback.write_text('{"secret": "feedback"}\n')
    secrets = ["root:x:0", "CAREERBOT_", "model_sha256", "secret", "BaseSettings", "Machine"]
    with served(engine) as url:
        for template in FORBIDDEN:
            path = template.format(repo=procs.REPO, index=engine.settings.index_dir,
                                   feedback=feedback)
            response = httpx.get(url.rstrip("/") + path, timeout=30)
            assert response.status_code in (400, 403, 404, 405), (path, response.status_code)
            assert not any(s in response.text for s in secrets), (path, response.text[:200])
