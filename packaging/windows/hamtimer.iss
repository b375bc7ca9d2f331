; Inno Setup script: a per-user installer for the one-folder bundle; no administrator rights.
;
;   pyinstaller --noconfirm --clean build.spec
;   iscc /DAppVersion=0.1.0 packaging\windows\hamtimer.iss
;       -> dist\hamtimer-0.1.0-windows-setup.exe
;
; Installs into %LOCALAPPDATA%\Programs\hamtimer, adds a Start-menu shortcut that carries the
; app's AppUserModelID (the same id hamtimer sets for itself at start, so the taskbar button
; and notifications show hamtimer's name and icon), and registers an uninstaller. The
; sessions log in %LOCALAPPDATA%\hamtimer is the patient's and is left in place.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z packaging\windows\hamtimer.iss
#endif
#define AppName "hamtimer"
#define AppId "io.github.hamtimer.Hamtimer"
#define AppExe "hamtimer.exe"

[Setup]
AppId={#AppId}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The hamtimer developers
SourceDir=..\..
OutputDir=dist
OutputBaseFilename={#AppName}-{#AppVersion}-windows-setup
; Per user: {autopf} is %LOCALAPPDATA%\Programs when installing without elevation.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
CloseApplications=yes

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "dist\hamtimer\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; AppUserModelID: "{#AppId}"; Comment: "Hands-free timer and log for home rehab of hamstring tendonitis"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; AppUserModelID: "{#AppId}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
