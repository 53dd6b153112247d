import fs from 'node:fs';
import os from 'node:os';

/** The lowest CPU priority (nice 19); Linux's I/O scheduler derives the thread's disk priority from it. */
export const LOW_PRIORITY_NICE = 19;

/**
 * Lowers the calling thread's priority, for background work nobody waits for (the full check of a big file
 * after it opened), so it yields the cores and the disk to the thread answering the window. Linux only: there a
 * thread has its own nice value, set through its thread id; elsewhere os.setPriority would lower the whole app,
 * so nothing changes. Answers whether the priority was lowered.
 */
export function lowerThreadPriority(): boolean {
  if (process.platform !== 'linux') return false;
  try {
    // "/proc/thread-self" links to "<pid>/task/<tid>".
    const tid = Number(fs.readlinkSync('/proc/thread-self').split('/').pop());
    if (!Number.isInteger(tid) || tid <= 0) return false;
    os.setPriority(tid, LOW_PRIORITY_NICE);
    return true;
  } catch {
    return false;
  }
}

/** The nice value of the calling thread (Linux), for tests. */
export function threadNice(): number | null {
  if (process.platform !== 'linux') return null;
  const tid = Number(fs.readlinkSync('/proc/thread-self').split('/').pop());
  // Field 19 of /proc/<tid>/stat; the command name (field 2) may hold spaces, so count after its ")".
  const stat = fs.readFileSync(`/proc/${tid}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
}
