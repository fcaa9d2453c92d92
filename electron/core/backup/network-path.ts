// A backup folder on a network share is refused: SQLite's WAL needs shared memory that network
// file systems do not provide reliably, and a backup that a dropped connection half-wrote is no
// backup. A second local disk or a USB stick is fine.
const networkFileSystems = new Set(['nfs', 'nfs4', 'cifs', 'smb3', 'smbfs', 'afs', 'ncpfs', '9p', 'fuse.sshfs', 'sshfs', 'davfs', 'fuse.davfs2', 'glusterfs', 'ceph', 'fuse.gvfsd-fuse']);

export type MountEntry = { mountPoint: string; fsType: string };

/** /proc/mounts as entries (Linux); octal escapes such as \040 for spaces are decoded. */
export function parseMounts(text: string): MountEntry[] {
  const decode = (s: string) => s.replace(/\\([0-7]{3})/g, (_m, o: string) => String.fromCharCode(parseInt(o, 8)));
  return text.split('\n').map((line) => line.split(' ')).filter((f) => f.length >= 3).map((f) => ({ mountPoint: decode(f[1]!), fsType: f[2]! }));
}

/**
 * Why the folder is on a network share, or null. Windows: a UNC path (\\server\share, also
 * //server/share); mapped drive letters are asked of the system by the caller (`remoteDrives`).
 * Linux: the file system of the longest mount point that contains the folder.
 */
export function networkShareReason(folder: string, platform: NodeJS.Platform, mounts: MountEntry[] = [], remoteDrives: string[] = []): string | null {
  if (platform === 'win32') {
    if (/^(\\\\|\/\/)(?![?.][\\/])/.test(folder)) return '该文件夹在网络共享上';
    const drive = /^([a-z]):/i.exec(folder)?.[1]?.toUpperCase();
    if (drive && remoteDrives.map((d) => d.toUpperCase()).includes(drive)) return `${drive}: 盘是映射的网络驱动器`;
    return null;
  }
  const path = folder.endsWith('/') ? folder : `${folder}/`;
  let best: MountEntry | null = null;
  for (const m of mounts) {
    const point = m.mountPoint.endsWith('/') ? m.mountPoint : `${m.mountPoint}/`;
    if (path.startsWith(point) && (!best || point.length > best.mountPoint.length)) best = { ...m, mountPoint: point };
  }
  return best && networkFileSystems.has(best.fsType) ? `该文件夹在网络文件系统（${best.fsType}）上` : null;
}
