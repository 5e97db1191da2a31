// The program directory (issue 3). Populated by the directory work.
export {};
