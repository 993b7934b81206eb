; Inno Setup script: installs the PyInstaller folder per machine and puts a double-click launcher
; on the desktop and in the Start menu. The name is neutral on purpose (shared commune PCs).
[Setup]
AppName=Hòa Nhập
AppVersion=0.1.0
DefaultDirName={autopf}\HoaNhap
DefaultGroupName=Hòa Nhập
OutputBaseFilename=HoaNhap-Setup
Compression=lzma2
SolidCompression=yes
PrivilegesRequired=admin
; A plain register book on blue: nothing on the taskbar or desktop says what the data is about.
SetupIconFile=..\..\resources\icons\hoanhap.ico
UninstallDisplayIcon={app}\HoaNhap.exe

[Files]
Source: "..\..\dist\HoaNhap\*"; DestDir: "{app}"; Flags: recursesubdirs

[Icons]
Name: "{group}\Hòa Nhập"; Filename: "{app}\HoaNhap.exe"; IconFilename: "{app}\HoaNhap.exe"
Name: "{autodesktop}\Hòa Nhập"; Filename: "{app}\HoaNhap.exe"; IconFilename: "{app}\HoaNhap.exe"

[Run]
Filename: "{app}\HoaNhap.exe"; Description: "Mở Hòa Nhập"; Flags: nowait postinstall skipifsilent
