/**
 * Where the page keeps a student's progress: localStorage, one key per exercise, and the
 * student's name and ID. Survives reloads and closing the tab; Export on /progress/ is the backup.
 */
import { readProgress, emptyProgress, type ExerciseProgress, type Student } from "~/exercises/progress.ts";

const PREFIX = "nnbook:exercise:";
const STUDENT = "nnbook:student";

function read(key: string): unknown {
  try {
    const text = localStorage.getItem(key);
    return text === null ? null : JSON.parse(text);
  } catch {
    return null; // storage blocked, or a value that is not ours
  }
}

function write(key: string, value: unknown): void {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // storage full or blocked: the page still works, progress is just not kept
  }
}

export function loadProgress(exercise: string): ExerciseProgress {
  return readProgress(read(PREFIX + exercise)) ?? emptyProgress();
}

export function saveProgress(exercise: string, progress: ExerciseProgress): void {
  write(PREFIX + exercise, progress);
  window.dispatchEvent(new CustomEvent("nnbook:progress", { detail: exercise }));
}

export function allProgress(): Record<string, ExerciseProgress> {
  const all: Record<string, ExerciseProgress> = {};
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (!key?.startsWith(PREFIX)) continue;
      const progress = readProgress(read(key));
      if (progress) all[key.slice(PREFIX.length)] = progress;
    }
  } catch {
    // no storage: nothing kept
  }
  return all;
}

export function loadStudent(): Student {
  const v = read(STUDENT) as Partial<Student> | null;
  return { name: typeof v?.name === "string" ? v.name : "", id: typeof v?.id === "string" ? v.id : "" };
}

export function saveStudent(student: Student): void {
  write(STUDENT, { name: student.name.trim().slice(0, 200), id: student.id.trim().slice(0, 100) });
}
