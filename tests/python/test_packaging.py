# SPDX-FileCopyrightText: 2026 SQLModel Studio authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""The Debian package, built by ``cpack -G DEB`` from the build tree and taken apart.

The build tree is ``SMS_BUILD_DIR`` (CI sets it), else the one the CLI was found in. The package
is written to a temporary folder, extracted with ``dpkg-deb -x`` and checked: its control fields
(with the library dependencies from dpkg-shlibdeps), every installed file (binary, desktop entry,
AppStream metadata, MIME type, icons at their pixel sizes), the desktop entry and the metadata by
their validators, the MIME type through update-mime-database, and the extracted binary by running
it. Nothing is installed on the machine. A missing tool skips the checks that need it, except
under ``CI=true`` (.ci/setup installs them), where that is a failure.
"""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from conftest import REPO, find_cli, in_ci, run

APP_ID = "io.github.sqlmodel_studio.SqlModelStudio"
MIME_TYPE = "application/x-sqlmodel-studio-project"
MIME_ICON = "application-x-sqlmodel-studio-project"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SVG_NS = "{http://www.w3.org/2000/svg}"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def need(tool: str) -> str:
    path = shutil.which(tool)
    if path:
        return path
    msg = f"{tool} is not installed"
    if in_ci():
        pytest.fail(f"{msg} (CI=true: bash .ci/setup installs it)", pytrace=False)
    pytest.skip(msg)


def project_version() -> str:
    text = (REPO / "CMakeLists.txt").read_text()
    m = re.search(r"project\(\s*sqlmodel-studio\s+VERSION\s+([0-9.]+)", text)
    assert m, "no project(... VERSION ...) in CMakeLists.txt"
    return m.group(1)


def build_dir() -> Path:
    env = os.environ.get("SMS_BUILD_DIR")
    if env:
        return Path(env)
    cli = find_cli()
    if cli is None:
        pytest.fail("set SMS_BUILD_DIR to a configured and built tree", pytrace=False)
    return cli.resolve().parent.parent


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    assert data[12:16] == b"IHDR", f"{path}: no IHDR chunk first"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


@pytest.fixture(scope="module")
def deb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    cpack = need("cpack")
    need("dpkg-deb")
    need("dpkg-shlibdeps")  # CPACK_DEBIAN_PACKAGE_SHLIBDEPS
    build = build_dir()
    config = build / "CPackConfig.cmake"
    if not config.is_file():
        pytest.fail(
            f"{config} does not exist: configure {build} with this tree's CMakeLists.txt",
            pytrace=False,
        )
    out = tmp_path_factory.mktemp("cpack")
    r = run([cpack, "-G", "DEB", "--config", str(config), "-B", str(out)], cwd=build, timeout=240)
    assert r.returncode == 0, f"cpack failed:\n{r.stdout[-4000:]}\n{r.stderr[-4000:]}"
    debs = sorted(out.glob("sqlmodel-studio_*.deb"))
    assert len(debs) == 1, f"expected one package in {out}: {list(out.iterdir())}\n{r.stdout}"
    return debs[0]


@pytest.fixture(scope="module")
def root(deb: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    dest = tmp_path_factory.mktemp("root")
    r = run(["dpkg-deb", "-x", str(deb), str(dest)])
    assert r.returncode == 0, r.stderr
    return dest


@pytest.fixture(scope="module")
def fields(deb: Path) -> dict[str, str]:
    r = run(["dpkg-deb", "-f", str(deb)])
    assert r.returncode == 0, r.stderr
    result: dict[str, str] = {}
    key = ""
    for line in r.stdout.splitlines():
        if line.startswith(" ") and key:
            result[key] += "\n" + line
        else:
            key, _, value = line.partition(":")
            result[key] = value.strip()
    return result


def test_package_name_and_file_name(deb: Path) -> None:
    arch = run(["dpkg", "--print-architecture"]).stdout.strip()
    assert deb.name == f"sqlmodel-studio_{project_version()}_{arch}.deb"


def test_control_fields(fields: dict[str, str]) -> None:
    assert fields["Package"] == "sqlmodel-studio"
    assert fields["Version"] == project_version()
    assert fields["Section"] == "database"
    assert re.fullmatch(r".+ <[^@\s]+@[^>\s]+>", fields["Maintainer"]), fields["Maintainer"]
    summary, _, long = fields["Description"].partition("\n")
    assert summary == "Visual schema designer for SQLModel"
    assert "SQLModel" in long
    depends = [d.strip().split(" ")[0] for d in fields["Depends"].split(",")]
    # From dpkg-shlibdeps: the Qt libraries the binary links, with the plugins they ship.
    for lib in ("libqt6core6", "libqt6gui6", "libqt6widgets6", "libqt6svg6", "libc6"):
        assert lib in depends, f"{lib} not in Depends: {fields['Depends']}"
    assert any(d.startswith("libqscintilla2-qt6") for d in depends), fields["Depends"]


def test_no_maintainer_scripts(deb: Path) -> None:
    # Desktop, MIME and icon caches are refreshed by the dpkg file triggers of
    # desktop-file-utils, shared-mime-info and hicolor-icon-theme.
    r = run(["dpkg-deb", "-I", str(deb)])
    assert r.returncode == 0, r.stderr
    for script in ("preinst", "postinst", "prerm", "postrm"):
        assert f" {script} " not in r.stdout, r.stdout


def test_installed_files(root: Path) -> None:
    usr = root / "usr"
    binary = usr / "bin" / "sqlmodel-studio"
    assert binary.is_file() and os.access(binary, os.X_OK)
    assert (usr / "share/applications" / f"{APP_ID}.desktop").is_file()
    assert (usr / "share/metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert (usr / "share/mime/packages/sqlmodel-studio.xml").is_file()
    hicolor = usr / "share/icons/hicolor"
    for size in ICON_SIZES:
        for png in (
            hicolor / f"{size}x{size}/apps/{APP_ID}.png",
            hicolor / f"{size}x{size}/mimetypes/{MIME_ICON}.png",
        ):
            assert png.is_file(), f"missing {png.relative_to(root)}"
            assert png_size(png) == (size, size), f"{png.relative_to(root)}: {png_size(png)}"
    for svg in (
        hicolor / f"scalable/apps/{APP_ID}.svg",
        hicolor / f"scalable/mimetypes/{MIME_ICON}.svg",
    ):
        assert ET.parse(svg).getroot().tag == f"{SVG_NS}svg", svg
    # Nothing else: no static libraries, headers or build tools.
    files = {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}
    unexpected = {
        f for f in files if not (f == "usr/bin/sqlmodel-studio" or f.startswith("usr/share/"))
    }
    assert not unexpected, unexpected


def test_binary_runs(root: Path) -> None:
    binary = root / "usr/bin/sqlmodel-studio"
    r = run([str(binary), "--version"], timeout=60)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == f"sqlmodel-studio {project_version()}"
    r = run([str(binary), "--help"], timeout=60)
    assert r.returncode == 0, r.stderr
    assert "generate" in r.stdout


def desktop_entry(root: Path) -> dict[str, str]:
    path = root / "usr/share/applications" / f"{APP_ID}.desktop"
    entry: dict[str, str] = {}
    for line in path.read_text().splitlines():
        if "=" in line and not line.startswith("#"):
            key, _, value = line.partition("=")
            entry[key] = value
    return entry


def test_desktop_entry(root: Path) -> None:
    entry = desktop_entry(root)
    assert entry["Type"] == "Application"
    assert entry["Exec"] == "sqlmodel-studio %f"
    assert MIME_TYPE in entry["MimeType"].split(";")
    # The icon it names is installed, at every size and as SVG.
    icon = entry["Icon"]
    hicolor = root / "usr/share/icons/hicolor"
    assert (hicolor / f"scalable/apps/{icon}.svg").is_file()
    assert all((hicolor / f"{s}x{s}/apps/{icon}.png").is_file() for s in ICON_SIZES)


def test_desktop_entry_validates(root: Path) -> None:
    validator = need("desktop-file-validate")
    path = root / "usr/share/applications" / f"{APP_ID}.desktop"
    r = run([validator, str(path)])
    assert r.returncode == 0 and not r.stdout.strip(), r.stdout + r.stderr


def test_appstream_metadata(root: Path) -> None:
    path = root / "usr/share/metainfo" / f"{APP_ID}.metainfo.xml"
    component = ET.parse(path).getroot()
    assert component.get("type") == "desktop-application"
    assert component.findtext("id") == APP_ID
    assert component.find("launchable").text == f"{APP_ID}.desktop"  # type: ignore[union-attr]
    assert (root / "usr/share/applications" / f"{APP_ID}.desktop").is_file()
    assert component.findtext("provides/binary") == "sqlmodel-studio"
    assert component.findtext("provides/mediatype") == MIME_TYPE
    assert component.find("content_rating") is not None
    versions = [r.get("version") for r in component.iterfind("releases/release")]
    assert versions and versions[0] == project_version(), versions
    validator = need("appstreamcli")
    r = run([validator, "validate", "--no-net", "--no-color", str(path)])
    assert r.returncode == 0, r.stdout + r.stderr


def test_mime_type(root: Path, tmp_path: Path) -> None:
    path = root / "usr/share/mime/packages/sqlmodel-studio.xml"
    mime = ET.parse(path).getroot().find(f"{MIME_NS}mime-type")
    assert mime is not None and mime.get("type") == MIME_TYPE
    parents = [e.get("type") for e in mime.iterfind(f"{MIME_NS}sub-class-of")]
    assert parents == ["application/json"]
    globs = {e.get("pattern"): int(e.get("weight", "50")) for e in mime.iterfind(f"{MIME_NS}glob")}
    assert globs.keys() == {"*.sqlmodel.json"}
    assert globs["*.sqlmodel.json"] > 50  # above *.json
    # The database built from it maps the pattern to the type (what file managers look up).
    updater = need("update-mime-database")
    packages = tmp_path / "mime/packages"
    packages.mkdir(parents=True)
    shutil.copy(path, packages)
    r = run([updater, str(tmp_path / "mime")])
    assert r.returncode == 0 and "warning" not in r.stderr.lower(), r.stderr
    globs2 = (tmp_path / "mime/globs2").read_text().splitlines()
    assert f"{globs['*.sqlmodel.json']}:{MIME_TYPE}:*.sqlmodel.json" in globs2, globs2
    assert f"{MIME_TYPE} application/json" in (tmp_path / "mime/subclasses").read_text()
    gio = shutil.which("gio")
    if gio:
        # GIO resolves a project file name to the type, with this database first.
        design = tmp_path / "shop.sqlmodel.json"
        shutil.copy(REPO / "examples/shop.sqlmodel.json", design)
        env = dict(os.environ, XDG_DATA_HOME=str(tmp_path), XDG_DATA_DIRS="/usr/share")
        r = subprocess.run(
            [gio, "info", "-a", "standard::content-type", str(design)],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
        )
        assert r.returncode == 0, r.stderr
        assert f"standard::content-type: {MIME_TYPE}" in r.stdout, r.stdout
