declare module 'astronomia' {
  export const moonphase: { newMoon(year: number): number };
  export const deltat: { deltaT(year: number): number };
}
