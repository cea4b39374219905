"""``make bundle``: the offline copy with the PDF handouts, as dist/<name>.zip.

Every build already carries an offline zip under downloads/ (macros/offline_copy.py); this one
adds the handouts printed by headless Chromium, which a plain build cannot make.
"""

from __future__ import annotations

import sys
import tempfile
import zipfile
from pathlib import Path

from macros.offline_copy import make_zip, say_inside, zip_name
from tools.handouts import print_handouts
from tools.sitebuild import ROOT, build_site, content_version


def main() -> None:
    version = content_version()
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        build_site(site)
        handouts = print_handouts(site, Path(tmp) / "handouts", version)
        say_inside(site, version)
        target = make_zip(site, version, ROOT / "dist" / zip_name(version), handouts)
    files = len(zipfile.ZipFile(target).namelist())
    print(f"{target.relative_to(ROOT)}: {target.stat().st_size / 1024 / 1024:.2f} MiB, {files} files")


if __name__ == "__main__":
    sys.exit(main())
