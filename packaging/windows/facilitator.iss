; Per-user Windows installer of the one-folder build (Inno Setup 6): no administrator
; rights asked, installed under %LOCALAPPDATA%\Programs\Facilitator, a Start menu entry,
; an uninstaller in Settings > Apps.
;
; After `python packaging/build.py` on Windows:
;   iscc /DAppVersion=0.1.0 packaging\windows\facilitator.iss
; writes dist\facilitator-0.1.0-windows-x64-setup.exe (see docs/install.md).

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define Root "..\.."

[Setup]
; The AppId names this program to Windows for upgrades and uninstalling: never change it.
AppId={{276CB67F-4830-4633-A05C-5182C41F39B2}
AppName=Facilitator
AppVersion={#AppVersion}
AppVerName=Facilitator {#AppVersion}
AppPublisher=Facilitator
AppComments=Run a workshop live: step timer, presenter console and projector screen.
; Per user, no UAC prompt: {autopf} and {autoprograms} then mean the user's own folders.
PrivilegesRequired=lowest
DefaultDirName={autopf}\Facilitator
DefaultGroupName=Facilitator
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SetupIconFile={#Root}\build\icons\facilitator.ico
UninstallDisplayIcon={app}\facilitator.exe
OutputDir={#Root}\dist
OutputBaseFilename=facilitator-{#AppVersion}-windows-x64-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; A running Facilitator holds its files: ask to close it rather than fail.
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole folder PyInstaller made, as it is.
Source: "{#Root}\dist\facilitator\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the bundled libraries whole: nothing of an older version lingers.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\Facilitator"; Filename: "{app}\facilitator.exe"
Name: "{autodesktop}\Facilitator"; Filename: "{app}\facilitator.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\facilitator.exe"; Description: "{cm:LaunchProgram,Facilitator}"; Flags: nowait postinstall skipifsilent
