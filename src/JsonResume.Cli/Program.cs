Console.WriteLine(JsonResume.Json.ResumeJson.Read("{}").Success);
return 0;
