export const staffRoles = ['owner', 'operator', 'service'] as const;
export type StaffRole = (typeof staffRoles)[number];

export interface StaffMember {
  id: string;
  name: string;
  role: StaffRole;
  archived: boolean;
  createdAt: string;
}
