"""Browser tests pass functions, not bare expressions, to wait_for_function: Playwright evaluates a
bare expression with eval(), which the app's Content-Security-Policy (no 'unsafe-eval') refuses,
so such a wait fails only when its condition is not already true: a flaky test."""

import ast
from pathlib import Path

BROWSER_TESTS = Path(__file__).resolve().parent / "browser"


def test_wait_for_function_gets_a_function():
    bare = []
    for path in sorted(BROWSER_TESTS.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "wait_for_function" and node.args:
                arg = node.args[0]
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and "=>" not in arg.value.split("{")[0]:
                    bare.append(f"{path.name}:{node.lineno}")
    assert bare == []
