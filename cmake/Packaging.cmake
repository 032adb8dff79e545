# `cpack -G DEB` in the build folder: a Debian package that installs somdesk and somdesk-cli,
# the desktop entry and the icon, with the runtime libraries it needs declared (Debian 12
# package names; the SQLite driver of Qt is a plugin, so it is named here, not found by ldd).
set(CPACK_PACKAGE_NAME "somdesk")
set(CPACK_PACKAGE_VENDOR "somdesk")
set(CPACK_PACKAGE_CONTACT "somdesk maintainers <maintainers@somdesk.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Casework for sex offender management teams")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6core6 (>= 6.4), libqt6gui6 (>= 6.4), libqt6widgets6 (>= 6.4), libqt6sql6 (>= 6.4), libqt6sql6-sqlite (>= 6.4), libspdlog1.10, libfmt9, libsodium23, libsqlite3-0 (>= 3.40), fonts-dejavu-core")
include(CPack)
