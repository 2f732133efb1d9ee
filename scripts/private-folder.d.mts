/** Whether `dir` is a folder this user owns and nobody else can write to. */
export function privateFolder(dir: string): boolean;
