"""The Qt-free core: session definitions, the phase engine and the log store."""
